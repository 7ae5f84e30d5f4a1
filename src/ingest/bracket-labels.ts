// A package insert, a product sheet or a notice heads its parts with labels in black lenticular
// brackets opening a line: 【用法用量】 over its lines, or 【有效期】24个月 with its value after it.
// Read as text, a label was a sentence of its own or glued to its part's first line, and the
// part's lines stood under no heading: a question naming the part found its label and one item.
// Structural, not a list of words: a document that opens several lines with different labels is
// headed by them; one label (【2025修订】 over a handbook's amended clause, 【楼主更新】 in a
// thread) is a remark in the text, not a part.

import type { ShownLine } from './markdown-text.js';
import { recognitionForm } from './normalize-raw.js';
import { HEADING } from './plain-layout.js';

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
export function bracketLabelLines(lines: readonly ShownLine[]): Map<number, string> {
  const labels = new Map<number, string>();
  lines.forEach((line, i) => {
    if (line.alone || HEADING.test(recognitionForm(line.text.trim()))) return;
    const label = bracketLabelOf(line.text);
    if (label) labels.set(i, label);
  });
  return new Set(labels.values()).size >= MIN_LABELS ? labels : new Map();
}
