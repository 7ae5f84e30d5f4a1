// A paper's reference list (参考文献： / [1] UNEP. Food Waste Index Report 2024[R]. … / [2] …), read
// line by line into a plain document's part (plain.ts): each reference a passage of its own, as
// written. Read as prose, the references were joined into one paragraph and cut at the `?` or `.`
// of a title inside one ([9] …welfare or waste policy?), so no passage was one reference.

import { recognitionForm } from './normalize-raw.js';
import type { PartWriter } from './part-writer.js';
import { HEADING } from './plain-layout.js';

/** The label over a reference list, alone on its line (参考文献：, **References**, ## 参考文献). */
const LABEL = /^(?:#{1,6}\s+)?(参考文献|參考文獻|主要参考文献|引用文献|references|bibliography|works cited)\s*[：:]?$/iu;
/** Whether a part's heading names a reference list (参考文献, References). */
export const isReferencesHeading = (heading: string): boolean => LABEL.test(heading.trim());

/** A reference's line: its number in brackets first ([1] …, ［12］…). */
export const REFERENCE_LINE = /^[[［](\d{1,3})[\]］]\s*\S/u;

/** What of plain.ts's builder a reference needs: a passage of one piece, not cut into sentences. */
export interface ReferenceWriter extends PartWriter {
  flushText(text: string, whole: boolean): void;
  endSection(): void;
}

export class ReferenceList {
  /** The label's line, or -1 when the document lists no references. */
  private readonly labelAt: number = -1;
  /** Each reference's first line → its text, lines wrapped under it joined. */
  private readonly references = new Map<number, string>();
  /** The lines continuing a reference (a wrapped line), read with it. */
  private readonly continued = new Set<number>();
  /** The first line after the list, where its part ends (when no `#` heading opened it). */
  private readonly endAt: number = -1;
  private readonly headingLabel: boolean = false;
  /** The part's name, as the label writes it (参考文献). */
  private readonly label: string = '';

  constructor(lines: readonly { text: string; alone: boolean }[]) {
    const at = lines.findIndex((line, i) => !line.alone && LABEL.test(recognitionForm(line.text.trim())) && this.listFollows(lines, i));
    if (at < 0) return;
    this.labelAt = at;
    const written = lines[at]!.text.trim();
    this.headingLabel = HEADING.test(recognitionForm(written));
    this.label = written.replace(/^#+\s+|\s*[：:]$/gu, '');
    let open = -1;
    let i = at + 1;
    for (; i < lines.length; i++) {
      const text = lines[i]!.text.trim();
      if (text === '') {
        open = -1;
        continue;
      }
      if (REFERENCE_LINE.test(recognitionForm(text))) {
        open = i;
        this.references.set(i, text);
      } else if (open >= 0 && !/[.。]$/u.test(this.references.get(open) ?? '')) {
        // A reference wrapped onto the next line (a PDF's line width): still the same reference.
        this.references.set(open, `${this.references.get(open)} ${text}`);
        this.continued.add(i);
      } else break;
    }
    this.endAt = i;
  }

  /** Whether the first line after `at` that is not blank opens a reference. */
  private listFollows(lines: readonly { text: string }[], at: number): boolean {
    const next = lines.slice(at + 1).find((line) => line.text.trim() !== '');
    return next !== undefined && REFERENCE_LINE.test(recognitionForm(next.text.trim()));
  }

  /** Reads line `at` when it is the list's label or one of its references: whether it did. */
  take(at: number, builder: ReferenceWriter): boolean {
    if (this.labelAt < 0) return false;
    if (at === this.endAt && !this.headingLabel) builder.endSection();
    if (at === this.labelAt && !this.headingLabel) {
      builder.flush();
      builder.heading(1, this.label);
      return true;
    }
    const reference = this.references.get(at);
    if (reference !== undefined) builder.flush();
    if (reference !== undefined) builder.flushText(reference, true);
    return reference !== undefined || this.continued.has(at);
  }
}
