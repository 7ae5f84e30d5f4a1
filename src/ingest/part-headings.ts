// The lines that head a plain text's parts where no `#` marks them, as Chinese rules, contracts
// and handbooks write them: chapters and their sections (第一章 总则, 第二节), numbered clauses
// (第十三条), appendices (附件一). plain.ts reads them, where a sentence may start.

/**
 * A line that is a Chinese chapter or section heading (第一章 总则, 第二节 范围, 第三部分): a part of
 * a plain text, as `#` is of Markdown. Without it, headings on lines of their own were joined to
 * the text around them (第二章第三章, 第一节 范围范围的句子。). A section (节) stands under its chapter.
 */
export const CHAPTER_HEADING =
  /^第[〇零一二三四五六七八九十百千两\d]{1,6}(章|节|篇|部分|卷|编)(?:[\s：:]+[^\s，、。！？；,.!?;][^，、。！？；,.!?;]{0,39})?$/u;

/**
 * A numbered clause opening a line (第十三条 年休假：…, 第二条　本办法…): the clause's sentences stand
 * under it, a part below the chapter, so that its second sentence is cited as the clause's, not
 * as "第四章 · 第2句". Its line stays its first sentence, as written; 第一条路线 is no clause.
 */
export const CLAUSE = /^(第[〇零一二三四五六七八九十百千两\d]{1,6}条)(?=[\s\u3000：:]|$)/u;

/**
 * An appendix's heading line (附件一：房屋交接确认单, 附录A, 附表2 费用明细): a part of its own after the
 * clauses, not the last clause's lines. Named by its number, its line its first sentence, as a clause's.
 */
export const APPENDIX =
  /^(附(?:件|录|表)[〇零一二三四五六七八九十\dA-Z]{1,3})(?:[\s\u3000：:]+[^\s，。！？；,.!?;][^。！？；!?;]{0,39})?$/u;

/** Whether a line is a chapter or section heading of its own (第一章 总则): a part, not a title or a sentence. */
export const isChapterHeading = (line: string): boolean => CHAPTER_HEADING.test(line.trim());
