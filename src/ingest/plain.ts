// Plain text or Markdown: paragraphs → sentences; `#` headings become sections.
import type { DocumentMeta, IngestedDocument, Section } from '../core/types.js';
import { BracketParts } from './bracket-labels.js';
import { DatedSections, headingDay } from './dated-sections.js';
import { diaryDayLines } from './diary-days.js';
import { headingYear, yearTakenNote } from './heading-year.js';
import { JudgmentLines } from './judgment-parts.js';
import { closeSpacedLabel, labelledPieces } from './labelled-lines.js';
import { markdownText } from './markdown-text.js';
import { comparisonKey, recognitionForm } from './normalize-raw.js';
import { APPENDIX, CHAPTER_HEADING, CLAUSE } from './part-headings.js';
import { PassageCollector } from './passage-collector.js';
import { footerRuleAt, HEADING, partEndingRules, plainLines, titleHeadingAt, topHeadingLevel } from './plain-layout.js';
import { ReferenceList } from './reference-list.js';
import { repeatedLabelLines } from './repeated-labels.js';
import { endsSentence, splitSentences } from './sentences.js';
import { ThreadLines } from './thread-lines.js';
import { joinLines, opensWithHeadingLine } from './wrapped-lines.js';

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/u;
/** A bullet's mark goes; a number stays, as the list shows it: rule 6 is "6. 禁止剧透", and cited beside its number. */
const BULLET = /^[-*+]\s+/u;
/** A `#` heading line's text, without its marks (`## 一、基本规则 ##` → 一、基本规则). */
const headingText = (line: string): string => line.replace(/^\S+\s+/u, '').replace(/\s*[#＃]*$/u, '');
/** A line before a chapter heading this short and without punctuation is a heading too (前言, 附则), not a wrapped sentence's start. */
const SHORT_HEADING = 6;
class PlainBuilder {
  readonly sections: Section[] = [];
  /** Sections by path (a heading written again goes on with its section), and the ids each holds: looked up, not searched (20,000 headings took 80 s). */
  private readonly byPath = new Map<string, { section: Section; ids: Set<string> }>();
  private path: string[] | null = null;
  private section: Section | null = null;
  private sentence = 0;
  /** Sentences read under no heading so far (before the first, then a footer's go on from them). */
  private loose = 0;
  private paragraph: string[] = [];

  constructor(
    private readonly docId: string,
    private readonly collector: PassageCollector,
    private readonly dated: DatedSections,
  ) {}

  /** A heading named `text`, `written` as the document writes it (## 议题一：…); `day`, the day it is of when it does not write it. */
  heading(level: number, text: string, written = text, day?: string | null): void {
    this.flush();
    const parent = (this.path ?? []).slice(0, level - 1);
    this.path = [...parent, text];
    this.dated.heading(level, this.path, text, written, day);
    const key = this.path.join('\u0000');
    const known = this.byPath.get(key);
    if (!known) {
      this.section = { docId: this.docId, path: this.path, passageIds: [] };
      this.sections.push(this.section);
      this.byPath.set(key, { section: this.section, ids: new Set() });
      this.sentence = 0;
    } else {
      this.section = known.section;
      this.sentence = known.section.passageIds.length;
    }
  }

  /** Goes back to the section over the one being read (a clause's chapter), as if its heading were written again. */
  leaveSection(): void {
    const parent = this.path?.slice(0, -1) ?? [];
    const heading = parent[parent.length - 1];
    if (heading === undefined) this.endSection();
    else this.heading(parent.length, heading);
  }

  /** The path of the section being read, null under no heading. */
  get at(): string[] | null {
    return this.path;
  }

  /** The depth of the section being read (0 under no heading). */
  get depth(): number {
    return this.path?.length ?? 0;
  }

  /** Ends the section being read and the dated sections open: what follows stands under no heading and on no day. */
  closePart(): void {
    this.endSection();
    this.dated.close();
  }

  /** Ends the section being read: what follows stands under no heading (a document's footer). */
  endSection(): void {
    this.flush();
    this.path = null;
    this.section = null;
    this.sentence = this.loose;
  }

  /**
   * Whether a heading may start here, not a wrapped sentence's next line: the paragraph being read
   * is empty, ends a sentence or a colon (本章说明如下：), or is one short line without punctuation,
   * a heading itself (前言). A wrapped sentence's line runs longer (…应当依照本条例).
   */
  atSentenceStart(): boolean {
    const last = this.paragraph[this.paragraph.length - 1];
    if (last === undefined || endsSentence(last) || /[：:]\s*$/u.test(last)) return true;
    return this.paragraph.length === 1 && [...last].length <= SHORT_HEADING && !/\p{P}/u.test(last);
  }

  line(text: string): void {
    this.paragraph.push(closeSpacedLabel(text));
  }

  /** Positions of the sentences read as quotes of an earlier message (quote). */
  readonly quoted: number[] = [];

  /** A line quoting an earlier message, a paragraph of its own: its sentences' positions are kept as quotes. */
  quote(text: string): void {
    this.flush();
    const from = this.collector.placedCount;
    this.line(text);
    this.flush();
    for (let position = from + 1; position <= this.collector.placedCount; position++) this.quoted.push(position);
  }

  flush(): void {
    const lines = this.paragraph;
    this.paragraph = [];
    // Labelled lines (额定功率：45W / 净重：6.8 kg, 标题：… / 嘉宾：…) are each a piece of their own: joined, a
    // product's whole spec sheet was one "sentence" and the answer to every question about it.
    for (const piece of labelledPieces(lines)) {
      // A heading line over its paragraph is a passage of its own, as a blank line after it would make it.
      const heading = opensWithHeadingLine(piece, endsSentence);
      if (heading) this.flushText(piece[0] ?? '');
      this.flushText(joinLines(heading ? piece.slice(1) : piece));
    }
  }

  /** `text`'s sentences; `whole`, as written, not cut into sentences (a reference: [9] …waste policy?[J]. …). */
  flushText(text: string, whole = false): void {
    const sentences = whole ? [text] : splitSentences(text);
    const date = this.dated.date;
    const ids = this.collector.addAll(sentences, () => ({ date, entry: null, sentence: ++this.sentence, section: this.path }));
    this.dated.paragraph(ids, sentences);
    if (this.path === null) this.loose = this.sentence;
    const section = this.section;
    const held = section ? this.byPath.get(section.path.join('\u0000'))?.ids : undefined;
    if (section && held)
      for (const id of ids)
        if (!held.has(id)) {
          held.add(id);
          section.passageIds.push(id);
        }
  }
}

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
  const diaryDays = diaryDayLines(
    rendered.lines.map((line) => (line.alone ? '' : line.text)),
    year,
  );
  /** The level of the diary's day headings, once one is read: each day ends the one before. */
  let diaryLevel: number | null = null;
  /** The block label being read (用料), its level, and whether a line of its block has been read. */
  let label = null as { level: number; read: boolean } | null;
  // Parts headed by bracketed labels (【用法用量】), read by bracket-labels.ts.
  const brackets = new BracketParts(rendered.lines);
  // A court judgment's standard parts (本院认为, 判决如下 and its items), which no heading marks (judgment-parts.ts).
  const judgment = new JudgmentLines(rendered.lines);
  const references = new ReferenceList(rendered.lines);
  for (const [i, shown] of rendered.lines.entries()) {
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
    const diaryDay = heading || chapter || !builder.atSentenceStart() ? undefined : diaryDays.get(i);
    const labelled = heading || chapter || diaryDay ? undefined : brackets.labelAt(i, builder.atSentenceStart());
    // A heading ends the clause, the block and the labelled part being read, blank line or not: their parts close with it.
    if (heading || chapter || appendix || diaryDay) [clause, label] = [null, null];
    if (heading || chapter || appendix || diaryDay) brackets.end();
    if (heading || chapter) diaryLevel = null;
    blankBefore = false;
    if (heading) {
      chapterOpen = true;
      builder.heading((heading[1]?.length ?? 1) - topLevel + 1, headingText(line), line);
    } else if (!seenContent && !endsSentence(line) && comparisonKey(line) === comparisonKey(meta.title)) {
      // the title line names the document; it is not a passage (a first line that is a sentence stays)
      titleLine = line;
    } else if (diaryDay) {
      // A heading as a dated `##` one is: it names the day's entry, never glued to the text below it.
      diaryLevel ??= builder.depth + 1;
      builder.heading(diaryLevel, line, line, diaryDay);
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
  const posts = thread.posts();
  return {
    meta,
    passages: collector.passages,
    entries: dated.entries,
    sections: builder.sections,
    warnings,
    ...(titleHeading ? { titleHeading } : {}),
    ...(posts ? { posts } : {}),
    ...(builder.quoted.length ? { quoted: builder.quoted } : {}),
  };
}
