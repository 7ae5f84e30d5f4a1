// The commands every adapter offers, with the one-line help shown by /help and by errors.
export const COMMANDS = [
  { name: 'ask', usage: '/ask 问题', help: '用一句话提问，返回最能回答它的原文句子', example: '/ask 谁和古特雷斯通了电话' },
  { name: 'search', usage: '/search 关键词', help: '按关键词或原文片段搜索，整句匹配优先', example: '/search 健康丝绸之路' },
  { name: 'date', usage: '/date 日期', help: '列出某一天（或日期范围、月份）的全部纪实条目', example: '/date 3月18日' },
  { name: 'country', usage: '/country 国家', help: '列出提到某个国家或地区的全部句子', example: '/country 意大利' },
  { name: 'context', usage: '/context 编号', help: '显示一句话的上下文（整条纪实或前后两句）', example: '/context chronicle:1a2b3c4d5e' },
  { name: 'help', usage: '/help', help: '显示本帮助', example: '/help' },
  { name: 'about', usage: '/about', help: '语料、文档、句子数和索引信息', example: '/about' },
] as const;

export type KnownCommand = (typeof COMMANDS)[number]['name'];

export function isKnownCommand(name: string): name is KnownCommand {
  return COMMANDS.some((c) => c.name === name);
}
