import { capitalsOf, capitalsSource } from './capital-numerals.js';
import { digitGroupsSource, groupsStart } from './digit-groups.js';
import { escapeRegExp } from './escape-regexp.js';

// One number, two spellings: with thousands separators (3,000, as English-style Chinese text
// writes amounts) and without (3000, as people type them). A search of either finds the other:
// "3000人" found nothing in a document writing 3,000人, and "3,000" nothing at all. An amount's
// zero cents are no part of its number either (3,600.00 is 3600).

/**
 * A grouped number's start: 1–3 digits, not the decimals of 0.1,234, nor in a list of numbers
 * (1,2,345), nor inside a Latin word's code (abc1,234). After a comma or point of prose (通报,3,000人) it is one.
 */
const GROUP_HEAD = String.raw`(?<![\dA-Za-z])(?<!\d[.,])\d{1,3}`;
/** Its ",ddd" groups, the last followed by no digit and no further comma and digit (1,234,5 is no grouped number). */
const GROUP_TAIL = String.raw`(?:,\d{3})+(?!\d|,\d)`;
/**
 * Digits grouped by thousands (3,000; 1,234,567), as a pattern's source: the one definition, which
 * the tokenizer (one word of it) and a query's phrases (its commas are no punctuation) read too.
 */
export const GROUPED_NUMBER = GROUP_HEAD + GROUP_TAIL;
/** Lookarounds holding at a comma of a grouped number (the comma of 3,000), where other commas separate. */
export const AT_GROUPING_COMMA = `(?<=${GROUP_HEAD}(?:,\\d{3})*)(?=${GROUP_TAIL})`;
const GROUPED = new RegExp(GROUPED_NUMBER, 'gu');
/** Digits that could be grouped: four or more, not a decimal part (the 12345 of 0.12345), a grouped number's or a code's (MP3000). */
const GROUPABLE = /(?<![\d.,A-Za-z])\d{4,}/gu;

/** "3,000" → "3000": thousands separators dropped, so the tokenizer indexes one word for both spellings. */
export const withoutSeparators = (text: string): string => text.replace(GROUPED, (number) => number.replaceAll(',', ''));

/**
 * Zero cents after a whole number (the .00 of 3,600.00 or 3600.00): an amount with zero cents is
 * that number, which people type without them (/search 3600 found nothing in ¥3,600.00). Not other
 * decimals (3600.5, 3600.05), a single zero (7.0级, 视力5.0: a grade or version), a version's part
 * (1.2.00, 1.00.2), nor a code's (v1.00, mp3.00).
 */
const ZERO_CENTS = /(?<=(?<![\dA-Za-z.])\d+(?:,\d{3})*)\.00(?!\d|\.\d)/gu;

/** "3,600.00" → "3,600", "3600.00元" → "3600元": zero cents dropped, so that an amount is the number it is. */
export const withoutZeroCents = (text: string): string => text.replace(ZERO_CENTS, '');

/** A number's word: without thousands separators nor zero cents (3,600.00 and 3600 are the word 3600). */
export const plainNumber = (text: string): string => withoutZeroCents(withoutSeparators(text));

/** "3000" → "3,000" */
const grouped = (digits: string): string => digits.replace(/\B(?=(?:\d{3})+$)/gu, ',');

/**
 * The spellings of a text's numbers a document may write: as typed, every number without
 * separators, every number with them (3000人 → 3000人, 3,000人). A text holding no number of four
 * digits or more has only its own.
 */
export function numberSpellings(text: string): string[] {
  if (!/\d{4}|\d,\d{3}|\d\.00/u.test(text)) return [text];
  const plain = plainNumber(text);
  return [...new Set([text, plain, plain.replace(GROUPABLE, grouped)])];
}

/** How else a whole number is written: a long one in groups of digits (137-2468-1357), an amount in capitals (叁仟陆佰元). */
const otherWritings = (typed: string): string[] => {
  const number = plainNumber(typed);
  return [digitGroupsSource(number) ?? [], capitalsSource(number) ?? []].flat();
};

/** A phrase that is a number, as written otherwise (otherWritings), or null. */
function inOtherWritings(phrase: string): RegExp | null {
  const sources = otherWritings(phrase);
  return sources.length ? new RegExp(sources.join('|'), 'u') : null;
}

/**
 * Texts one of which a text writing the number `phrase` holds (its spellings, a long number's
 * first digits, an amount's capitals): what to look for before testing wholeNumberPattern.
 */
export const numberWritings = (phrase: string): string[] => [
  ...numberSpellings(phrase),
  ...[groupsStart(plainNumber(phrase)) ?? [], capitalsOf(plainNumber(phrase)) ?? []].flat(),
];

/** A test for `phrase` written in a text, its numbers in either spelling (a number written otherwise too). */
export function writesPhrase(phrase: string): (text: string) => boolean {
  const spellings = numberSpellings(phrase);
  const otherwise = inOtherWritings(phrase);
  if (otherwise) return (text) => spellings.some((spelling) => text.includes(spelling)) || otherwise.test(text);
  if (spellings.length === 1) return (text) => text.includes(phrase);
  return (text) => spellings.some((spelling) => text.includes(spelling));
}

/** How a text writes `phrase` (the phrase itself, or it with its numbers spelt otherwise), or null. */
export function writtenSpelling(text: string, phrase: string): string | null {
  return numberSpellings(phrase).find((spelling) => text.includes(spelling)) ?? inOtherWritings(phrase)?.exec(text)?.[0] ?? null;
}

/**
 * Where a number is written whole: not inside a longer number (10 in 100, 3.10 or 2,010; the 4 of
 * 2.4GHz). A comma is a number's only as its thousands separator, as the tokenizer reads it: the
 * 11 of 10，11月 (a full-width comma, folded) and the 2 of 第1,2名 stand whole. Either spelling of
 * it (3000 is 3,000), and, typed with a point, as the start of a version, which a match runs on to
 * the version's end (1.20 is in 1.20.4, as 1 and 20 are not), unless `versionStart` is false; a
 * whole number with zero cents or without (3600 is in ¥3,600.00, not in 3600.5); a long one also
 * in groups of digits (digit-groups.ts), an amount also in capitals (capital-numerals.ts); a whole one
 * also grouped with its cents (4517830264 in 4,517,830,264.88).
 */
export function wholeNumberPattern(typed: string, flags = 'u', versionStart = true): RegExp {
  // Zero cents or none: 3600 is written 3,600.00 too, and 3600.00 is 3600.
  const number = withoutZeroCents(typed);
  const spellings = numberSpellings(number).map(escapeRegExp).join('|');
  const decimals = number.includes('.') ? (versionStart ? String.raw`(?:\.\d+)*` : '') : String.raw`(?:\.00)?`;
  const before = String.raw`(?<!\d)(?<!\d\.)(?<!${AT_GROUPING_COMMA},)`;
  const after = String.raw`(?!\d|\.\d)(?!${AT_GROUPING_COMMA})`;
  // A long number also in groups of digits (13724681357 is written 137-2468-1357), an amount in capitals.
  const otherwise = otherWritings(number).map((source) => `|${source}`);
  // A whole number is also an amount's figure grouped by thousands with its cents (4517830264 in
  // 4,517,830,264.88): a reader copies a table's figure without them, as its groups read.
  const grouped = number.includes('.') ? undefined : numberSpellings(number).find((spelling) => spelling.includes(','));
  const withCents = grouped ? String.raw`|${escapeRegExp(grouped)}\.\d{2}${after}` : '';
  return new RegExp(`${before}(?:(?:${spellings})${decimals}${after}${withCents}${otherwise.join('')})`, flags);
}
