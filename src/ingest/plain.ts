// Plain text or Markdown: paragraphs → sentences; `#` headings become sections. One loop over the lines, each
// taken by the reader of the structure it opens (a post, a judgment part, a diary day…) or read as text into the builder (plain-builder.ts).
import type { DocumentMeta, IngestedDocument } from '../core/types.js';
import { BracketParts } from './bracket-labels.js';
import { DatedSections, headingDay } from './dated-sections.js';
import { DiaryDays } from './diary-days.js';
import { headingYear, yearTakenNote } from './heading-year.js';
import { JudgmentLines } from './judgment-parts.js';
import { markdownText } from './markdown-text.js';
import { comparisonKey, recognitionForm } from './normalize-raw.js';
import { APPENDIX, CHAPTER_HEADING, CLAUSE } from './part-headings.js';
import { PassageCollector } from './passage-collector.js';
import { PlainBuilder } from './plain-builder.js';
import { footerRuleAt, HEADING, partEndingRules, plainLines, titleHeadingAt, topHeadingLevel } from './plain-layout.js';
import { ReferenceList } from './reference-list.js';
import { repeatedLabelLines } from './repeated-labels.js';
import { endsSentence } from './sentences.js';
import { SpeakerLines } from './speaker-lines.js';
import { ThreadLines } from './thread-lines.js';

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/u;
/** A bullet's mark goes; a number stays, as the list shows it: rule 6 is "6. 禁止剧透", and cited beside its number. */
const BULLET = /^[-*+]\s+/u;
/** A `#` heading line's text, without its marks (`## 一、基本规则 ##` → 一、基本规则). */
const headingText = (line: string): string => line.replace(/^\S+\s+/u, '').replace(/\s*[#＃]*$/u, '');

export function ingestPlain(meta: DocumentMeta, text: string): IngestedDocument {
  const warnings: string[] = [];
  const collector = new PassageCollector(meta.id, warnings);
  const { year, from } = headingYear(meta);
  const dated = new DatedSections(meta.id, year);
  const builder = new PlainBuilder(meta.id, collector, dated);
  let seenContent = false;
  /** A chapter or # heading has been met: a 第N节 after it is one of its sections. */
  let chapterOpen = false;
  let titleLine: string | null = null;
  let titleHeading: string | undefined;
  /** The numbered clause being read (第十三条), its level, and whether a blank line ends it. */
  let clause: { level: number; closesWithParagraph: boolean } | null = null;
  let blankBefore = true;
  // A .md file is read as rendered: its front matter skipped, its syntax reduced to text (markdown-text.ts).
  const markdown = /\.(md|markdown)$/iu.test(meta.file ?? '');
  const lines = text.split('\n');
  // Read whole: whether a fence is ever closed, or a line underlined (a setext heading), shows later.
  const rendered = markdown ? markdownText(lines) : { lines: plainLines(lines), notes: [] };
  warnings.push(...rendered.notes);
  // A dated heading opening the file (# 2023-04-12 例会) is the day's entry, not the title.
  const titleAt = titleHeadingAt(rendered.lines, (heading) => {
    const day = headingDay(heading, year);
    return day !== null && 'date' in day && day.opens;
  });
  const footerAt = footerRuleAt(rendered.lines);
  // Heading levels count from the document's shallowest heading below its title.
  const topLevel = topHeadingLevel(rendered.lines, titleAt);
  const partEnds = partEndingRules(rendered.lines, footerAt);
  const labels = repeatedLabelLines(rendered.lines);
  // A thread's posts and a chat's messages, each a part of its own (thread-lines.ts).
  const thread = new ThreadLines(
    rendered.lines.map((line) => line.text),
    year,
  );
  // A diary's day headings (10月3日 星期五 晴), each heading its day's text (diary-days.ts).
  const diaryDays = new DiaryDays(rendered.lines, year);
  /** The block label being read (用料), its level, and whether a line of its block has been read. */
  let label = null as { level: number; read: boolean } | null;
  // Parts headed by bracketed labels (【用法用量】), read by bracket-labels.ts.
  const brackets = new BracketParts(rendered.lines);
  // A court judgment's standard parts (本院认为, 判决如下 and its items), which no heading marks (judgment-parts.ts).
  const judgment = new JudgmentLines(rendered.lines);
  const references = new ReferenceList(rendered.lines);
  // A transcript's turns under their speakers' names (speaker-lines.ts).
  const speakers = new SpeakerLines(rendered.lines);
  const placed = () => {
    builder.flush();
    return collector.placedCount;
  };
  for (const [i, shown] of rendered.lines.entries()) {
    speakers.line(i, shown, placed);
    if (judgment.take(i, shown.text, builder)) {
      [clause, label, seenContent, blankBefore] = [null, null, true, false];
      brackets.end();
      continue;
    }
    if (i === titleAt) {
      builder.flush();
      // Its words stay the document's: a title of its own when it differs from meta.title (no part, no sentence).
      const heading = headingText(shown.text.trim());
      if (comparisonKey(heading) !== comparisonKey(meta.title)) titleHeading = heading;
      continue;
    }
    // A post's header or a chat message (never a footer rule: a rule among a message's lines marks a quote).
    if (thread.take(i, shown.text, builder)) {
      [clause, label] = [null, null];
      continue;
    }
    if (references.take(i, builder)) {
      [clause, label, seenContent] = [null, null, true];
      continue;
    }
    // Only a dated section, or parts set apart by rules, have a footer to end: in others, a rule is a pause inside the text.
    if ((i === footerAt && dated.date !== null) || (partEnds.has(i) && (i === footerAt || dated.date === null))) {
      builder.closePart();
      continue;
    }
    if (labels.has(i)) {
      // A block's label (用料): a part under the heading, ended by the blank line after its block.
      label = { level: label?.level ?? builder.depth + 1, read: false };
      builder.heading(label.level, shown.text.trim());
      continue;
    }
    if (shown.alone) {
      builder.flush();
      builder.line(shown.text);
      builder.flush();
      seenContent = true;
      continue;
    }
    const line = shown.text.trim();
    const form = recognitionForm(line);
    if (label && line !== '') label.read = true;
    if (line === '') {
      builder.flush();
      if (label?.read) builder.leaveSection();
      if (label?.read) label = null;
      // Clauses written line by line end with their paragraph: what follows is the chapter's (附：联系方式).
      if (clause?.closesWithParagraph) builder.leaveSection();
      if (clause?.closesWithParagraph) clause = null;
      blankBefore = true;
      continue;
    }
    const heading = HEADING.exec(form);
    // Not inside a wrapped sentence ("…依照本条例\n第三章 的有关规定…" is one sentence).
    const chapter = heading || !builder.atSentenceStart() ? null : CHAPTER_HEADING.exec(form);
    const clauseNumber = heading || chapter || !builder.atSentenceStart() ? undefined : CLAUSE.exec(form)?.[1];
    const appendix = heading || chapter || !builder.atSentenceStart() ? undefined : APPENDIX.exec(form)?.[1];
    const diaryDay = heading || chapter || !builder.atSentenceStart() ? undefined : diaryDays.dayAt(i);
    const labelled = heading || chapter || diaryDay ? undefined : brackets.labelAt(i, builder.atSentenceStart());
    // A heading ends the clause, the block and the labelled part being read, blank line or not: their parts close with it.
    if (heading || chapter || appendix || diaryDay) [clause, label] = [null, null];
    if (heading || chapter || appendix || diaryDay) brackets.end();
    if (heading || chapter) diaryDays.end();
    blankBefore = false;
    if (heading) {
      chapterOpen = true;
      builder.heading((heading[1]?.length ?? 1) - topLevel + 1, headingText(line), line);
    } else if (!seenContent && !endsSentence(line) && comparisonKey(line) === comparisonKey(meta.title)) {
      // the title line names the document; it is not a passage (a first line that is a sentence stays)
      titleLine = line;
    } else if (diaryDay) {
      diaryDays.open(line, diaryDay, builder);
    } else if (appendix) {
      // Its line is a title, never the start of the sentence below it (附件2 收费标准 / 每次120元。).
      builder.heading(1, appendix);
      builder.line(line);
      builder.flush();
    } else if (labelled) {
      brackets.open(labelled, line, clause?.level, builder);
      clause = null;
    } else if (clauseNumber) {
      const level: number = clause?.level ?? builder.depth + 1;
      // Written right under the clause before it, clauses are lines of one paragraph; apart, a clause may hold paragraphs.
      clause = { level, closesWithParagraph: clause !== null && !blankBefore };
      builder.heading(level, clauseNumber);
      builder.line(line);
    } else if (chapter) {
      // A 节 stands under the chapter (or # heading) before it; without one, 节 are the parts.
      const section = chapter[1] === '节';
      builder.heading(section && chapterOpen ? 2 : 1, line);
      if (!section) chapterOpen = true;
    } else if (LIST_ITEM.test(form)) {
      builder.flush();
      builder.line(line.replace(BULLET, ''));
      builder.flush();
    } else {
      builder.line(line);
    }
    seenContent = true;
  }
  builder.flush();
  speakers.close(collector.placedCount);
  dated.close();
  if (dated.yearUsed && from && year !== null) warnings.push(yearTakenNote(year, from));
  if (dated.impossible) warnings.push(`${dated.impossible}个标题以不存在的日期开头（如 2月30日），未当作带日期的条目。`);
  if (dated.yearless)
    warnings.push(`${dated.yearless}个标题以没写年份的日期开头，文档没有年份可用，未当作带日期的条目（可在元数据里写 "year"）。`);
  // A document of one line (塔吉克斯坦): that line is its title and its text, not an empty file.
  // Not after a heading: the line would be filed under it.
  if (collector.passages.length === 0 && titleLine !== null && builder.sections.length === 0) {
    builder.line(titleLine);
    builder.flush();
  }
  if (collector.passages.length === 0) warnings.push('文档没有可检索的句子。');
  return {
    meta,
    passages: collector.passages,
    entries: dated.entries,
    sections: builder.sections,
    warnings,
    ...(titleHeading ? { titleHeading } : {}),
    ...thread.parts(),
    ...(speakers.turns.length ? { turns: speakers.turns } : {}),
  };
}
