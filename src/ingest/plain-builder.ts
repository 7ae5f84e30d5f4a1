// The builder a plain text's lines are read into (plain.ts): its sections by heading path, its
// paragraphs cut into sentences and collected, each under the section being read and dated by it.
import type { Section } from '../core/types.js';
import type { DatedSections } from './dated-sections.js';
import { closeSpacedLabel, labelledPieces } from './labelled-lines.js';
import type { PassageCollector } from './passage-collector.js';
import { piecesAfterQuotes } from './quote-lines.js';
import { endsSentence, splitSentences } from './sentences.js';
import { joinLines, opensWithHeadingLine } from './wrapped-lines.js';

/** A line before a chapter heading this short and without punctuation is a heading too (前言, 附则), not a wrapped sentence's start. */
const SHORT_HEADING = 6;
export class PlainBuilder {
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

  /** How many sentence places the document has so far: the position of the last. */
  get placed(): number {
    return this.collector.placedCount;
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
      // A quoted text on lines of its own ends with its line (quote-lines.ts).
      for (const part of piecesAfterQuotes(heading ? piece.slice(1) : piece)) this.flushText(joinLines(part));
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
