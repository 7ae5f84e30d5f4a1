// A package insert, a product sheet or a notice heads its parts with labels in black lenticular
// brackets opening a line: 【用法用量】 over its lines, or 【有效期】24个月 with its value after it.
// Read as text, a label was a sentence of its own or glued to its part's first line, and the
// part's lines stood under no heading: a question naming the part found its label and one item.
// Structural, not a list of words: a document that opens several lines with different labels is
// headed by them; one label (【2025修订】 over a handbook's amended clause, 【楼主更新】 in a
// thread) is a remark in the text, not a part.

import { recognitionForm } from './normalize-raw.js';
import type { PartWriter } from './part-writer.js';
import { HEADING } from './plain-layout.js';
import type { ShownLine } from './shown-line.js';

/** A label opening a line: a name of up to 16 characters without spaces or sentence marks (【上市许可持有人/生产企业】). */
const BRACKET_LABEL = /^【([^【】\s，。！？；：,.!?;:]{1,16})】/u;
/** Different labels a document opens lines with for them to head its parts. */
const MIN_LABELS = 3;

/** The label a line opens with (【不良反应】 of 【不良反应】 or 【有效期】24个月), as written, or undefined. */
export const bracketLabelOf = (line: string): string | undefined => BRACKET_LABEL.exec(line.trim())?.[0];

/**
 * The lines opening with a label that heads a part, each with its label, when the document heads
 * its parts so (three different labels or more); none otherwise. A `#` heading or a table row is
 * no such line.
 */
function bracketLabelLines(lines: readonly ShownLine[]): Map<number, string> {
  const labels = new Map<number, string>();
  lines.forEach((line, i) => {
    if (line.alone || HEADING.test(recognitionForm(line.text.trim()))) return;
    const label = bracketLabelOf(line.text);
    if (label) labels.set(i, label);
  });
  return new Set(labels.values()).size >= MIN_LABELS ? labels : new Map();
}

/** What of plain.ts's builder a label's part needs: a heading of its own, its line, and the depth read. */
type LabelWriter = Pick<PartWriter, 'heading' | 'line'> & { readonly depth: number };

/** A document's labelled parts (see above), read line by line into a plain document's (plain.ts): each runs to the next label or heading, blank lines or not. */
export class BracketParts {
  private readonly labels: Map<number, string>;
  /** The level the labels' parts stand at, from the first read until a heading ends them. */
  private level: number | null = null;

  constructor(lines: readonly ShownLine[]) {
    this.labels = bracketLabelLines(lines);
  }

  /** The label opening a part at line `at`, where a part may start; a label right under the line of the label before (【规格】10mg / 【用法用量】) starts its part too. */
  labelAt(at: number, atSentenceStart: boolean): string | undefined {
    return atSentenceStart || this.labels.has(at - 1) ? this.labels.get(at) : undefined;
  }

  /** A heading ends the labels' parts: the next label's part stands at the depth read then. */
  end(): void {
    this.level = null;
  }

  /** Opens the part `label` heads on `line`, at the level of the clause being read (`clauseLevel`) if any. */
  open(label: string, line: string, clauseLevel: number | undefined, builder: LabelWriter): void {
    this.level ??= clauseLevel ?? builder.depth + 1;
    // Named by its words, as a `#` heading without its marks: a reader asks 用法用量讲了什么.
    builder.heading(this.level, label.slice(1, -1), label);
    // A label alone on its line is its part's heading; with its value after it (【有效期】24个月), the line is the part's sentence too.
    if (line !== label) builder.line(line);
  }
}
