// Circled numbers mark a text's notes (歲久輒圮① → ① 圮（pǐ）：…). Unicode writes them in three runs:
// ① to ⑳ (U+2460–2473), ㉑ to ㉟ (U+3251–325F) and ㊱ to ㊿ (U+32B1–32BF). A text of more than
// twenty notes goes on with ㉑: read as ① to ⑳ only, note ⑳ ran on over every later note.

/** The circled numbers 1 to 50, as a character class's contents. */
export const CIRCLED_NUMBERS = '\u2460-\u2473\u3251-\u325f\u32b1-\u32bf';

const RUNS: readonly { from: number; first: number; last: number }[] = [
  { from: 0x2460, first: 1, last: 20 },
  { from: 0x3251, first: 21, last: 35 },
  { from: 0x32b1, first: 36, last: 50 },
];

/** The number a circled mark writes (㉑: 21), or null for any other character. */
export function circledValue(mark: string): number | null {
  const code = mark.codePointAt(0) ?? -1;
  const run = RUNS.find((r) => code >= r.from && code <= r.from + r.last - r.first);
  return run ? run.first + code - run.from : null;
}

/** The circled mark of `n` (21: ㉑), or '' outside 1 to 50. */
export function circledMark(n: number): string {
  const run = RUNS.find((r) => n >= r.first && n <= r.last);
  return run ? String.fromCodePoint(run.from + n - run.first) : '';
}
