// Turns what people type for a date into one plain form the date grammar can read:
// half-width, lower-case, Arabic numerals, ASCII dashes, single spaces.

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A run of Chinese numerals as written in dates: 十八, 二十, 三十一, 廿三, 二〇二〇. */
export const CHINESE_NUMERAL_RUN = /[〇零一二两三四五六七八九十廿卅]+/g;

/** Value of a Chinese numeral run, or null when it is not a plain number below 100 or a digit string. */
export function chineseNumeralValue(run: string): number | null {
  const expanded = run.replace(/廿/g, '二十').replace(/卅/g, '三十');
  if (!expanded.includes('十')) {
    // Digit by digit, as years are written: 二〇二〇 → 2020.
    let value = '';
    for (const ch of expanded) {
      const digit = CHINESE_DIGITS[ch];
      if (digit === undefined) return null;
      value += String(digit);
    }
    return value === '' ? null : Number(value);
  }
  const match = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(expanded);
  if (!match) return null;
  const tens = match[1] ? (CHINESE_DIGITS[match[1]] ?? 1) : 1;
  const ones = match[2] ? (CHINESE_DIGITS[match[2]] ?? 0) : 0;
  return tens * 10 + ones;
}

/** Full-width ASCII (U+FF01–FF5E) to half-width, one character for one, so offsets are kept. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\u301C\u30FC]/g;

/** Plain form of a typed date: the grammar in date-parse.ts is written against this. */
export function normalizeDateInput(input: string): string {
  // NFKC already folds full-width digits, letters and the ideographic space (toHalfWidth is for
  // callers that must keep character positions).
  let text = input.normalize('NFKC').toLowerCase();
  text = text.replace(DASHES, '-');
  text = text.replace(CHINESE_NUMERAL_RUN, (run) => {
    const value = chineseNumeralValue(run);
    return value === null ? run : String(value);
  });
  text = text.replace(/\s+/g, ' ');
  // Surrounding punctuation and filler people add around a date: "「3月18日」", "3.18。", "on March 18?".
  text = text.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  text = text.replace(/^(?:on|from|between|the day of)\s+/, '').replace(/^[从自在]\s*/, '');
  return text.trim();
}

const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number (1–12) of an English month name or abbreviation (mar, sept, march), else null. */
export function englishMonth(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(w) && (w.length === 3 || w.length === name.length || w === 'sept'));
  return index === -1 ? null : index + 1;
}

/** Regex source matching an English month name or abbreviation (for use inside larger patterns). */
export const ENGLISH_MONTH_SOURCE =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));
export const ENGLISH_MONTH_NAMES: readonly string[] = MONTH_NAMES;
