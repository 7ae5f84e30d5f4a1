import { MAX_DATE_INPUT_LENGTH } from '../query/date-parse.js';
import { type Locale, say } from './locale.js';

// Dates written in a calendar /date does not read: a reign year (乾隆二十三年, 民国二十四年), a
// sexagenary year (光绪乙未) or a lunar day (农历六月十九, 正月初五). They are dates, rightly typed,
// that a gazetteer or a family history writes: refusing them with the error mark, as if mistyped,
// told the user they were wrong. They get a plain note instead: which calendar it is, that /date
// lists days of the Gregorian calendar only, the forms it reads, and /search for the text.

export type OtherCalendar = 'reign' | 'sexagenary' | 'lunar';

const NUMERALS = '〇零一二三四五六七八九十廿卅百千两';
/** 农历, 阴历 and their other names, in either script, opening the date. */
const LUNAR_MARK = /^(?:农历|農曆|阴历|陰曆|夏历|夏曆|旧历|舊曆)/u;
/** Month and day names only the lunar calendar has: 正月, 腊月, 冬月, and days 初一 to 初十. */
const LUNAR_NAMES = new RegExp(`(?:^|[${NUMERALS}])(?:正|腊|臘|冬)月|月初[${NUMERALS}]|^初[${NUMERALS}]`, 'u');
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const SEXAGENARY = new RegExp(`^(?:\\p{Script=Han}{2})?[${STEMS}][${BRANCHES}](?:年|$)`, 'u');
/** An era's two characters and its year in Chinese numerals (元年 its first): 乾隆二十三年, 民国元年. */
const REIGN_YEAR = new RegExp(`^(\\p{Script=Han}{2})(?:元|[${NUMERALS}]{1,4})年`, 'u');
/** Two characters before a count of years that are no era: 今后三年, 公元二年 (the Gregorian calendar's own). */
const NO_ERA = new Set(['公元', '西元', '今后', '未来', '过去', '最近', '近来', '此后', '之后', '以后', '以前', '之前', '前后']);

/** The calendar `typed` is written in, when it is one /date does not read; null otherwise (`mayNameEra`: Services'). */
export function otherCalendarOf(typed: string, mayNameEra: (word: string) => boolean): OtherCalendar | null {
  const text = typed.replace(/\s+/gu, '');
  // Too long to be a date (乾隆二十三年 written 40 times): refused as /date refuses it, not quoted whole in a note.
  if (text.length > MAX_DATE_INPUT_LENGTH) return null;
  if (LUNAR_MARK.test(text) || LUNAR_NAMES.test(text)) return 'lunar';
  if (SEXAGENARY.test(text)) return 'sexagenary';
  const era = REIGN_YEAR.exec(text)?.[1];
  // 抗战八年, 建国七十年: years of a war or since a founding, which the dictionary knows as no era (era-names.ts).
  if (era && !NO_ERA.has(era) && ![...era].some((c) => NUMERALS.includes(c)) && mayNameEra(era)) return 'reign';
  return null;
}

const NAMES: Record<OtherCalendar, { zh: string; en: string }> = {
  reign: { zh: '年号纪年', en: 'a reign year' },
  sexagenary: { zh: '干支纪年', en: 'a sexagenary (stem-branch) year' },
  lunar: { zh: '农历日期', en: 'a lunar calendar date' },
};

/** The note: what `typed` is, that /date reads Gregorian dates only (`forms`, as the parser's refusal names them), and /search when the text writes it. */
export function otherCalendarNote(
  locale: Locale,
  typed: string,
  calendar: OtherCalendar,
  forms: { zh: string; en: string } | null,
  written: boolean,
): string {
  const name = NAMES[calendar];
  const reads = forms
    ? say(locale, `它能读的是公历日期，例如${forms.zh}。`, ` It reads Gregorian dates, such as ${forms.en}.`)
    : say(
        locale,
        '它只读公历日期（如“3月18日”“2020-03-18”“3月”“2020年”）。',
        ' It reads Gregorian dates only (such as March 18, 2020-03-18, March or 2020).',
      );
  const search = written
    ? say(locale, `正文中写到了“${typed}”，请用 /search ${typed} 查看这些句子。`, ` The text writes “${typed}”: see /search ${typed}.`)
    : say(locale, `要找正文中写到的这个日期，请用 /search 或 /ask。`, ' To find it in the text, use /search or /ask.');
  return (
    say(locale, `“${typed}”是${name.zh}，/date 不能换算这种写法：`, `“${typed}” is ${name.en}, which /date cannot convert.`) +
    reads +
    search
  );
}
