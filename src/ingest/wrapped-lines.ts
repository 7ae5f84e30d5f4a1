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

/** A short label and its colon opening a line: 时间：, 地点：, 问：, Q: */
const LABEL = /^\p{L}[^\s：:，。,.]{0,5}[：:]/u;
/** Columns a text's lines take at least (8 Chinese characters) for the column to be read off them rather than off a longer line. */
const MIN_COLUMN = 16;
/** A line this much wider than the next widest is one of its own (a URL), not the column's width. */
const OUTLIER = 1.5;

/**
 * The column a paragraph is wrapped at: its widest line, or, in a paragraph of three lines or more,
 * the next widest when the widest stands out (a URL on a line of its own made every wrapped line look short).
 */
function columnWidth(widths: readonly number[]): number {
  let widest = 0;
  let next = 0;
  // Not Math.max(...widths): a paragraph may have more lines than a call has arguments.
  for (const w of widths) {
    if (w > widest) [widest, next] = [w, widest];
    else if (w > next) next = w;
  }
  // Only a column of lines long enough to be wrapped text: short items before one long line
  // (口罩 / 酒精 / 手套 / 以上物资请…) are meant apart, and the long line is their width.
  return widths.length >= 3 && widest > next * OUTLIER && next >= MIN_COLUMN ? next : widest;
}

/**
 * Which lines run on into the next (their break is a wrap, not a break meant): the lines filling
 * the paragraph's width, when at least half of the lines before the last do. In a paragraph of
 * lines meant apart, few fill it (a label's value may), and none runs on.
 */
function runsOn(lines: readonly string[]): boolean[] {
  const widths = lines.map(columns);
  const width = columnWidth(widths);
  // In a list of labelled lines (时间：… / 地点：…, 问：… / 答：…) each label starts a piece of its
  // own, however wide the line before; one label inside wrapped prose (…他 / 强调：…) does not.
  const full = widths.map((w, i) => w >= width * FULL_SHARE && !(LABEL.test(lines[i] ?? '') && LABEL.test(lines[i + 1] ?? '')));
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
    // Characters, not code units: a character beyond the BMP (𠀀) is two.
    const glue = wrapped && (CJK_EDGE.test(last) || CJK_EDGE.test(String.fromCodePoint(line.codePointAt(0) ?? 32))) ? '' : ' ';
    const piece = last === '' ? line : `${glue}${line}`;
    pieces.push(piece);
    if (piece !== '') {
      // Its last character, not code unit: a character beyond the BMP (𠀀) is two.
      last = /[\ud800-\udbff][\udc00-\udfff]$/.test(piece) ? piece.slice(-2) : piece.slice(-1);
      wrapped = wraps[i] ?? true;
    }
  });
  return pieces.join('');
}

/** A heading line's most characters (期末项目, 使用须知, 第二部分 安全说明). */
const HEADING_LINE = 16;

/**
 * Whether a paragraph's first line is a heading over the rest (期末项目 / 3–4 人一组，…。): a short
 * Chinese line without punctuation, not wrapped into the next, over lines that end a sentence.
 * Joined, it opened the paragraph's first sentence (期末项目 3–4 人一组…), which then answered
 * for the heading and the text alike. A wrapped sentence's line runs on; a label's value
 * (地址 / 北京市海淀区…) ends no sentence.
 */
export function opensWithHeadingLine(lines: readonly string[], endsSentence: (text: string) => boolean): boolean {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (lines.length < 2 || first === undefined || last === undefined) return false;
  // Spaces set a heading's fields apart (10月6日 周一 农历八月十五 中秋): they make it no longer.
  if ([...first.replace(/\s/gu, '')].length > HEADING_LINE || /\p{P}/u.test(first) || !/\p{Script=Han}/u.test(first)) return false;
  return endsSentence(last) && !runsOn(lines)[0];
}
