// A label written alone over a block in each of several parts (a recipe book's **用料** and **步骤**
// under every dish) heads that block: it is a sub-heading, not a sentence. Read as a sentence, it
// was one passage written six times, cited under the first dish (可乐鸡翅 · 用料, 另见5处), and
// the answer to 酸辣土豆丝的步骤; its lines stood under the dish with nothing saying which block
// they were. Structural, not a list of words: a short line shown alone (bold), without
// punctuation, written again under another heading.

import { recognitionForm } from './normalize-raw.js';
import { HEADING } from './plain-layout.js';
import type { ShownLine } from './shown-line.js';

/** A label's most characters: it names a kind of block in a word or two (用料, 步骤, 注意事项). */
const MAX_LABEL = 8;

/** Whether a shown line may be a block's label: alone (not a table row), short, letters only. */
const mayLabel = (line: ShownLine): boolean =>
  line.alone && !line.cells && [...line.text.trim()].length <= MAX_LABEL && /^[\p{L}\p{N}\s]+$/u.test(line.text.trim());

/** The indices of the lines that are labels written under two headings or more. */
export function repeatedLabelLines(lines: readonly ShownLine[]): Set<number> {
  const headingsOf = new Map<string, Set<number>>();
  const at = new Map<string, number[]>();
  let heading = -1;
  lines.forEach((line, i) => {
    if (!line.alone && HEADING.test(recognitionForm(line.text.trim()))) heading = i;
    else if (heading >= 0 && mayLabel(line)) {
      const text = line.text.trim();
      headingsOf.set(text, (headingsOf.get(text) ?? new Set()).add(heading));
      at.set(text, [...(at.get(text) ?? []), i]);
    }
  });
  return new Set([...at].flatMap(([text, indices]) => ((headingsOf.get(text)?.size ?? 0) >= 2 ? indices : [])));
}
