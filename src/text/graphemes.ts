// Text is cut where a reader sees a character boundary: a grapheme (Intl.Segmenter), never a
// UTF-16 unit. `.slice(n)` split emoji into lone surrogates, which strict JSON parsers reject,
// and split families, flags and keycaps into pieces. Every shortening of text goes through here.

// Built on first use: creating it loads ICU's break data (~15 ms), which start-up does not need.
let graphemeSegmenter: Intl.Segmenter | null = null;
const segments = (text: string) => {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemeSegmenter.segment(text);
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const ELLIPSIS = '…';

/** The text's graphemes (user-perceived characters), in order. */
export function graphemes(text: string): string[] {
  return Array.from(eachGrapheme(text));
}

/** The same, one at a time: a caller that stops early does not segment the rest. */
export function* eachGrapheme(text: string): Generator<string> {
  for (const { segment } of segments(text)) yield segment;
}

/** Lone surrogates replaced by U+FFFD, as a UTF-8 decoder would (String.prototype.toWellFormed). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export function hasLoneSurrogate(text: string): boolean {
  return new RegExp(LONE_SURROGATE.source).test(text);
}

/** At most `max` graphemes of `text`; `ellipsis` is appended when something was cut. */
export function cutGraphemes(text: string, max: number, ellipsis = ''): string {
  // No more UTF-16 units than `max` is no more graphemes either: nothing to cut, and segmenting
  // every echoed query (a dozen characters) was 2.5% of a /search at 100× the corpus.
  if (text.length <= max) return text;
  // Segmenting a 9 MB query whole cost a second and a gigabyte: a prefix holds the first graphemes
  // unless they are unusually long (combining marks by the dozen), when the whole text is read.
  const prefix = text.slice(0, (max + 1) * PREFIX_UNITS_PER_GRAPHEME);
  return cutGraphemesOf(prefix, max, ellipsis, prefix.length === text.length) ?? cutGraphemesOf(text, max, ellipsis, true)!;
}

/** Units of prefix read per grapheme wanted: a grapheme longer than this on average is rare. */
const PREFIX_UNITS_PER_GRAPHEME = 8;

/** The cut of `text`, or null when it is a prefix too short to decide (it ran out before max + 1 graphemes). */
function cutGraphemesOf(text: string, max: number, ellipsis: string, whole: boolean): string | null {
  let out = '';
  let count = 0;
  for (const { segment, index } of segments(text)) {
    // A boundary is only sure where the prefix holds the whole code point after it (BOUNDARY_LOOKAHEAD).
    if (count === max) return whole || index <= text.length - BOUNDARY_LOOKAHEAD ? out + ellipsis : null;
    out += segment;
    count++;
  }
  return whole ? out : null;
}

/**
 * Units a prefix must hold past a grapheme boundary for the boundary to be the whole text's: one
 * code point. Whether a boundary falls between two code points depends on those before it and
 * on the one after it alone (Unicode's rules look back, never further ahead); a prefix ending
 * inside that code point (half a flag: 🇮 then half of 🇹) gets a boundary the text has not.
 */
const BOUNDARY_LOOKAHEAD = 2;

/** The longest prefix of whole graphemes that fits in `maxUnits` UTF-16 units (Discord's measure). */
export function fitUnits(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  // Only a prefix is segmented (a huge text whole cost a second and a gigabyte): its boundaries up
  // to maxUnits are the text's, and a grapheme reaching past maxUnits does not fit anyway.
  return fitUnitsOf(text.slice(0, maxUnits + BOUNDARY_LOOKAHEAD), maxUnits);
}

function fitUnitsOf(text: string, maxUnits: number): string {
  let out = '';
  for (const { segment } of segments(text)) {
    if (out.length + segment.length > maxUnits) break;
    out += segment;
  }
  return out;
}

/**
 * A character outside the ranges where every UTF-16 unit is a grapheme of its own: tab, LF and
 * printable ASCII (not CR: CR LF is one; other controls are left to the segmenter), Latin-1 and
 * Latin letters before the combining marks (U+0300), punctuation, letterlike symbols to enclosed
 * alphanumerics (U+2010–U+205E, U+2100–U+24FF: no joiner, no variation selector), CJK punctuation
 * without its tone marks (U+302A–U+302F), CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF) and
 * full-width forms (U+FF01–U+FF60). Intl.Segmenter agrees on each (graphemes.test.ts).
 */
export const NOT_ONE_UNIT_GRAPHEME =
  /[^\t\n\x20-\x7E\u00A0-\u02FF\u2010-\u205E\u2100-\u24FF\u3000-\u3029\u3030-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF60]/;

/**
 * Snaps UTF-16 offsets in `text` to grapheme boundaries: `floor` to the boundary at or before an
 * offset, `ceil` to the one at or after it (a bold span or a window start never splits a flag,
 * a family emoji or a letter from its accent).
 */
export function graphemeSnapper(text: string): { floor(offset: number): number; ceil(offset: number): number } {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  // Every unit its own grapheme: no boundary to look for. Segmenting cost 2.5 µs a character
  // (160 µs a sentence), 3% of the bot's thread per interaction in a burst at 100×.
  // (Offsets between units, or NaN, snap as the boundaries below would snap them.)
  if (!NOT_ONE_UNIT_GRAPHEME.test(text)) {
    const unit = (offset: number, round: (x: number) => number, nan: number) => (Number.isNaN(offset) ? nan : clamp(round(offset)));
    return { floor: (offset) => unit(offset, Math.floor, 0), ceil: (offset) => unit(offset, Math.ceil, Math.min(1, text.length)) };
  }
  const starts: number[] = [];
  for (const { index } of segments(text)) starts.push(index);
  starts.push(text.length);
  const at = (offset: number): number => {
    // Index of the last boundary at or before `offset` (binary search).
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    floor: (offset) => starts[at(clamp(offset))]!,
    ceil: (offset) => {
      const clamped = clamp(offset);
      const i = at(clamped);
      return starts[i] === clamped ? clamped : starts[Math.min(starts.length - 1, i + 1)]!;
    },
  };
}
