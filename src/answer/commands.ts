// The commands every adapter offers, with the one-line help shown by /help and by errors.
import { typingDistance } from '../geo/similarity.js';

export const COMMANDS = [
  {
    name: 'ask',
    usage: '/ask 问题',
    help: '用一句话提问，返回最能回答它的原文句子',
    helpEn: 'ask a question in one sentence: the sentences of the documents that answer it best',
    example: '/ask 谁和古特雷斯通了电话',
    exampleEn: '/ask Who talked with Guterres on the phone?',
  },
  {
    name: 'search',
    usage: '/search 关键词',
    help: '按关键词或原文片段搜索，整句匹配优先；"加引号"只要原文，-词 排除，AND 要求全部',
    helpEn: 'search keywords or a quoted passage, exact matches first; "quoted" as written only, -word left out, AND for all',
    example: '/search 健康丝绸之路',
    exampleEn: '/search Italy',
  },
  {
    name: 'date',
    usage: '/date 日期',
    help: '列出某一天（或日期范围、月份）的全部带日期条目',
    helpEn: 'every dated entry of a day (or a range of days, or a month)',
    example: '/date 3月18日',
    exampleEn: '/date March 18',
  },
  {
    name: 'country',
    usage: '/country 国家',
    help: '列出提到某个国家或地区的全部句子',
    helpEn: 'every sentence that names a country or region',
    example: '/country 意大利',
    exampleEn: '/country Italy',
  },
  {
    name: 'context',
    usage: '/context 编号',
    help: '显示一句话的上下文（整个条目或前后两句）',
    helpEn: 'a sentence in its context (its whole entry, or the sentences around it)',
    example: '/context chronicle:1a2b3c4d5e',
    exampleEn: '/context chronicle:1a2b3c4d5e',
  },
  { name: 'help', usage: '/help', help: '显示本帮助', helpEn: 'this help', example: '/help', exampleEn: '/help' },
  {
    name: 'about',
    usage: '/about',
    help: '语料、文档、句子数和索引信息（后接文档名：该文档的发布者、日期和各部分）',
    helpEn: 'the documents, their sentence counts and the index (with a document’s name: its publisher, date and parts)',
    example: '/about',
    exampleEn: '/about',
  },
] as const;

export type KnownCommand = (typeof COMMANDS)[number]['name'];

export function isKnownCommand(name: string): name is KnownCommand {
  return COMMANDS.some((c) => c.name === name);
}

/** Commands by the names users also type in the console or JSON mode: the Chinese names of /help's lines. */
const ALIASES: ReadonlyMap<string, KnownCommand> = new Map([
  ['提问', 'ask'],
  ['问', 'ask'],
  ['搜索', 'search'],
  ['日期', 'date'],
  ['国家', 'country'],
  ['上下文', 'context'],
  ['帮助', 'help'],
  ['关于', 'about'],
]);

/**
 * The command a typed name stands for: its name in any case or width (／ｄａｔｅ from a Chinese
 * input method in full-width mode) or a Chinese alias; null for anything else.
 */
export function commandNamed(typed: string): KnownCommand | null {
  const name = typed.normalize('NFKC').trim().replace(/^\//, '').toLowerCase();
  if (isKnownCommand(name)) return name;
  return ALIASES.get(name) ?? null;
}

/** Names a command may be typed under, longest first (for a name run into its argument: /date3月18日). */
export const COMMAND_NAMES: readonly string[] = [...COMMANDS.map((c) => c.name), ...ALIASES.keys()].sort((a, b) => b.length - a.length);

/** The command a misspelt name most likely meant (/serch → search), or null when none is close. */
export function closestCommand(typed: string): KnownCommand | null {
  const name = typed.normalize('NFKC').trim().replace(/^\//, '').toLowerCase();
  if (!/^[a-z]{2,12}$/.test(name)) return null;
  let best: KnownCommand | null = null;
  let bestDistance = 3;
  for (const { name: known } of COMMANDS) {
    // One edit for names of up to four letters, two for longer ones: more would match anything short.
    const allowed = known.length <= 4 ? 1 : 2;
    const distance = typingDistance(name, known);
    if (distance <= allowed && distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}
