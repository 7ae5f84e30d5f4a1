// A paragraph's lines as one text. Some paragraphs are prose hard-wrapped at a column (a sentence
// continues on the next line: 中国同世界卫生组织深化交 / 流合作。), others are lines meant apart: a
// label and its value (地址 / 北京市海淀区…), a question and its answer, a poem. Joining the second
// kind without a break wrote text no document writes (地址北京市海淀区中关村大街1号电话010-…); a line
// break there is kept as a space, as a rendered Markdown paragraph shows it.

/** Chinese characters and full-width punctuation join without a space when a line wraps. */
const CJK_EDGE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
/**
 * A wrapped line fills the column: at least this share of the paragraph's widest line. Lines
 * wrapped at a column differ by a word's or a punctuation mark's width (at 72 columns, a 15-letter
 * word: 0.8); lines meant apart differ far more (地址 / 北京市海淀区中关村大街1号: 0.16).
 */
const FULL_SHARE = 0.75;

/** Columns a line takes in a fixed-width editor: two per Chinese (or other wide) character, one otherwise. */
function columns(line: string): number {
  let width = 0;
  for (const character of line) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/**
 * Which lines run on into the next (their break is a wrap, not a break meant): the lines filling
 * the paragraph's width, when at least half of the lines before the last do. In a paragraph of
 * lines meant apart, few fill it (a label's value may), and none runs on.
 */
function runsOn(lines: readonly string[]): boolean[] {
  const widths = lines.map(columns);
  let widest = 0;
  for (const w of widths) widest = Math.max(widest, w); // not Math.max(...widths): a paragraph may have more lines than a call has arguments
  const full = widths.map((w) => w >= widest * FULL_SHARE);
  const fullBeforeLast = full.slice(0, -1).filter(Boolean).length;
  const wrapped = fullBeforeLast * 2 >= lines.length - 1;
  return full.map((f) => wrapped && f);
}

/**
 * Joins a paragraph's lines: a wrapped line to the next with nothing between Chinese text and
 * one space between words; any other line break becomes a space. Each line's glue depends on the
 * line before, not on the text joined so far: reading the joined text's last character flattened
 * it at every line, which made a paragraph of 20,000 lines take seconds (quadratic).
 */
export function joinLines(lines: readonly string[]): string {
  const wraps = lines.length > 1 ? runsOn(lines) : [];
  const pieces: string[] = [];
  /** The joined text's last code unit ('' while it is empty), and whether its line ran on. */
  let last = '';
  let wrapped = true;
  lines.forEach((line, i) => {
    const glue = wrapped && (CJK_EDGE.test(last) || CJK_EDGE.test(line.charAt(0))) ? '' : ' ';
    const piece = last === '' ? line : `${glue}${line}`;
    pieces.push(piece);
    if (piece !== '') {
      last = piece.slice(-1);
      wrapped = wraps[i] ?? true;
    }
  });
  return pieces.join('');
}
