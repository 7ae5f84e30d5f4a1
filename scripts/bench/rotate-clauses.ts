// Clause rotation for the scaled benchmark corpus: copy k of a sentence "A，B，C。" reads
// "B，C，A。" (k = 1), "C，A，B。" (k = 2)… — the same words, in another order, so no copy is a
// verbatim repeat (and none is deduplicated away) while every term's frequency scales with N.
// Separators and the sentence end stay in place; a leading ◆ stays at the start of its line.

/** Clause separators: Chinese comma and semicolon, and ASCII ones not inside a number (3,000). */
const SEPARATOR = /(，|；|,(?!\d)|;)/u;
const SENTENCE = /[^。！？!?]*[。！？!?]+|[^。！？!?]+$/gu;

function rotateSentence(sentence: string, k: number): string {
  const end = /[。！？!?]+$/u.exec(sentence)?.[0] ?? '';
  const parts = sentence.slice(0, sentence.length - end.length).split(SEPARATOR);
  const clauses = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  if (clauses.length < 2) return sentence;
  const shift = k % clauses.length;
  const rotated = [...clauses.slice(shift), ...clauses.slice(0, shift)];
  return rotated.map((clause, i) => clause + (separators[i] ?? '')).join('') + end;
}

/** Rotates the clauses of every sentence of `text`, line by line, for copy number `k`. */
export function rotateClauses(text: string, k: number): string {
  return text
    .split('\n')
    .map((line) => {
      const marker = /^\s*◆/u.exec(line)?.[0] ?? '';
      const body = line.slice(marker.length);
      return marker + (body.match(SENTENCE) ?? []).map((s) => rotateSentence(s, k)).join('');
    })
    .join('\n');
}
