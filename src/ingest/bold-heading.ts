// A Markdown line written wholly in bold (`**期末项目**`, `**作业1：清洗一份真实数据**（第3周发布）`)
// is a heading in all but syntax. Read as text it was glued to the paragraph under it (作业1：…截止）
// 从课程网站下载…), so one passage answered for both; it stands alone instead, its words still in
// its own passage for search. Not a section heading: its words (第6周截止) would then be in no
// passage at all. A bold line that ends a sentence (**Q：晚上可以出海吗？**) or opens a list
// (**决议**：) is no heading.

import { endsSentence } from './sentences.js';

/** Bold from start to end, a bracketed remark after it allowed (bounded: no backtracking over a long line). */
const WHOLLY_BOLD = /^(\*\*|__)(?=\S)[^*_]{1,300}?(?<=\S)\1(?:\s{0,3}[（(][^（）()]{1,100}[）)])?$/u;

/** Whether a Markdown line (`source`, its block marks removed) showing `shown` is a bold heading line. */
export function isBoldHeadingLine(source: string, shown: string): boolean {
  return WHOLLY_BOLD.test(source) && !endsSentence(shown) && !/[：:]$/u.test(shown);
}
