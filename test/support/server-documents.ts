// A server's own documents, none of them a chronicle (no dated entries, no country named): rules
// with an FAQ in Markdown, a product manual, a game's changelog whose title holds the game's
// 《》, and a magazine feature. For answers that must not assume the starting corpus.

export const SERVER_DOCUMENTS: Record<string, string> = {
  'rules.md':
    '# 茶馆服务器规则与常见问题\n\n## 基本规则\n\n请友善交流，禁止人身攻击。\n\n禁止发布广告链接。\n\n## 常见问题\n\n### 怎样获得身份组？\n\n在自我介绍频道发一条消息即可获得身份组。\n',
  'manual.txt': '净化器使用说明书\n\n使用前请仔细阅读本说明书。\n\n滤网的寿命约为六个月。\n\n长时间不使用时，请拔下电源插头。\n',
  'manual.meta.json': JSON.stringify({ id: 'manual', title: '小岚净化器使用说明书', kind: 'plain', aliases: ['说明书'] }),
  'changelog.md':
    '# 《山海旅店》更新日志\n\n## 正式上线\n\n游戏在各平台同步上线。\n\n首发内容包括三个区域。\n\n## 春节版本\n\n新增限时活动年兽来了。\n\n修复了钓鱼时卡死的问题。\n',
  'changelog.meta.json': JSON.stringify({ id: 'changelog', title: '《山海旅店》更新日志', kind: 'plain' }),
  'feature.txt':
    '从三个人到三百人：骑行俱乐部的十五年\n\n那年春天，他买了人生中第一辆山地车。\n\n俱乐部最初只有三个人。\n\n如今俱乐部有注册会员三百多人。\n',
  'feature.meta.json': JSON.stringify({ id: 'feature', title: '从三个人到三百人：骑行俱乐部的十五年', kind: 'plain' }),
};
