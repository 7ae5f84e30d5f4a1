import type { Section } from '../core/types.js';
import { chineseNumeralValue } from '../query/date-normalize.js';
import { chineseNumeral, chineseNumeralNumber } from '../text/chinese-numerals.js';

// Parts of a document a question points at by position: "前言里说…", "白皮书第四部分开头…",
// "What does the conclusion say…". The part's own sentences rarely repeat its heading, so the
// reference is read as a filter, like a named day: that part's sentences compete and weigh more.

/** Headings without a numeral (as whitepaper-toc.ts recovers them) and the words that name them. */
const TITLED: readonly { asked: RegExp; titles: readonly string[] }[] = [
  // "introduction" and "conclusion" are common words ("the introduction of the health code", "what
  // conclusion did experts reach"): they name a part only as "the introduction/conclusion" not
  // followed by "of" or "that".
  {
    asked: /前言|引言|序言|导言|\b(?:preface|foreword)\b|\bthe introduction\b(?! (?:of|that)\b)/i,
    titles: ['前言', '引言', '序言', '导言'],
  },
  {
    asked:
      /结束语|结语|后记|\bthe (?:conclusion\b(?! (?:of|that)\b)|concluding (?:part|section|remarks)|closing (?:part|section|remarks))/i,
    titles: ['结束语', '结语', '后记'],
  },
];

const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ENGLISH_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A part's number as written: 一 … 九千九百九十九 (十一, 一百零二), or 1 … 999 (a four-digit number is a year). A changelog counted by position has more than nine. */
export const ORDINAL_NUMBER = '[一二两三四五六七八九十百千零〇]{1,9}|[1-9]\\d{0,2}';

const PART_WORDS = '章|部分|篇|卷|编';
const CHINESE_PART = new RegExp(`第(${ORDINAL_NUMBER})(${PART_WORDS})`);
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
/** 第N节: a sub-section, by its number under the part the question names ("第四部分第三节"). */
const CHINESE_SUBPART = new RegExp(`第(${ORDINAL_NUMBER})节`);

/**
 * A sub-section by its dotted number (2.2, 4.2): not a version's or a figure's (2.2.1, 2.25), nor
 * a quantity's, a unit or a count after it (下降3.2个百分点, 3.5亿元, 1.5倍, 2.5 kg).
 */
const DOTTED =
  /(?<![\d.])([1-9]\d?)\.([1-9]\d?)(?![\d.%％‰]|\s*(?:个|倍|亿|万|千|百|元|块|米|公里|千米|厘米|毫米|克|千克|公斤|斤|吨|升|毫升|度|℃|岁|年|个月|周|天|小时|分钟|秒|人|次|亩|平方|立方|[kcm]?m\b|k?g\b|m?l\b|[kmg]b\b|[kmg]?hz\b))/iu;

/** The dotted number a question names a sub-section by (2.2讲了什么), or null. */
export const dottedNumber = (question: string): string | null => {
  const written = DOTTED.exec(question);
  return written ? `${written[1]}.${written[2]}` : null;
};

/** Whether a heading is numbered `dotted` (2.2 共享冰箱的既有证据, 2.2、…), not 2.21 or 2.2.1. */
const numberedAs = (heading: string, dotted: string) => new RegExp(`^${dotted.replace('.', '\\.')}(?![\\d.])`, 'u').test(heading);

/** A part's number as written (三, or 3). */
export const numberOf = (written: string) =>
  /\d/.test(written) ? Number(written) : (chineseNumeralNumber(written) ?? chineseNumeralValue(written) ?? 0);

/** 第N部分/章/篇/卷/编, "part N", "the Nth part": N (1-based), or null. */
export function partNumber(question: string): number | null {
  const zh = CHINESE_PART.exec(question);
  if (zh) return numberOf(zh[1]!);
  const en = /\b(?:part|chapter|section) ([a-z]+|\d{1,2})\b/i.exec(question);
  if (en) {
    const word = en[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : Math.max(ENGLISH_NUMBERS.indexOf(word), ROMAN.indexOf(word)) + 1;
    if (n > 0) return n;
  }
  const ordinal = /\b([a-z]+) (?:part|chapter|section)\b/i.exec(question);
  const n = ordinal ? ENGLISH_ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1 : 0;
  return n > 0 ? n : null;
}

/** Tests a section's top-level heading against the parts the question names; null when it names none. */
export function namedSections(question: string): ((section: Section) => boolean) | null {
  const titles = TITLED.filter((t) => t.asked.test(question)).flatMap((t) => t.titles);
  const dotted = dottedNumber(question);
  if (dotted) return (section) => section.path.some((heading) => numberedAs(heading, dotted));
  const part = partNumber(question);
  if (!titles.length && part === null) return null;
  // A sub-section's number counts under a part's: 第三节 alone could be any part's.
  const sub = part === null ? null : CHINESE_SUBPART.exec(question);
  const subNumber = sub ? numberOf(sub[1]!) : null;
  return (section) => {
    const top = section.path[0] ?? '';
    // Numbered or not: a paper's `## 1 引言` is its 引言.
    if (titles.includes(top) || titles.includes(headingWords(top))) return true;
    if (part === null || !headedAs(top, part, PART_WORDS)) return false;
    return subNumber === null || headedAs(section.path[1] ?? '', subNumber, '节');
  };
}

/**
 * Tests whether a section's top-level heading writes its part as the question does (第三章 for
 * 第三章, 第3章), or null when the question writes no 第N<unit>. "第三章" asked over a wiki's 3. 势力,
 * a syllabus's 三、教学进度 and a story's 第三章 means the story's: parts numbered in other styles
 * answer it only when no heading writes the unit asked.
 */
export function writtenAsAsked(question: string): ((section: Section) => boolean) | null {
  const zh = CHINESE_PART.exec(question);
  if (!zh) return null;
  const n = numberOf(zh[1]!);
  const written = new RegExp(`^第(?:${chineseNumeral(n)}|${n})${zh[2]!}`, 'u');
  return (section) => written.test(section.path[0] ?? '');
}

/** A top-level heading's number and what it is numbered as (一 中国抗击… → 1, 部分; 第二章 措施 → 2, 章), or null. */
export function partOfHeading(heading: string): { n: number; unit: string } | null {
  const bare = new RegExp(`^(${ORDINAL_NUMBER})(?: |[、．.](?!\\d))`, 'u').exec(heading);
  if (bare) return { n: numberOf(bare[1]!), unit: '部分' };
  const headed = new RegExp(`^第(${ORDINAL_NUMBER})(${PART_WORDS})`, 'u').exec(heading);
  return headed ? { n: numberOf(headed[1]!), unit: headed[2]! } : null;
}

/**
 * A heading's own words, without the number it is counted by (3. 势力 → 势力, 三、教学进度 → 教学进度,
 * 第三章　旧书店的雨夜 → 旧书店的雨夜); a heading without one as it is. A reader names a part by its words.
 */
export function headingWords(heading: string): string {
  const numbered = new RegExp(
    `^(?:(?:${ORDINAL_NUMBER})(?:[ \u3000]|[、．.](?!\\d))|第(?:${ORDINAL_NUMBER})(?:${PART_WORDS}|节))`,
    'u',
  ).exec(heading);
  return numbered ? heading.slice(numbered[0].length).trim() : heading;
}

/**
 * Whether a heading is number `n`'s: written as the white paper numbers its parts (一 中国抗击…),
 * or as a plain text or Markdown file heads them (第一章 总则, 第1章, 第二节 范围, 二、违规处理,
 * 2. 安装; not 2.1, a sub-section's number).
 */
function headedAs(heading: string, n: number, words: string): boolean {
  if (heading.startsWith(`${chineseNumeral(n)} `) || heading.startsWith(`${n} `)) return true;
  if (new RegExp(`^(?:${chineseNumeral(n)}|${n})[、．.](?!\\d)`, 'u').test(heading)) return true;
  const written = new RegExp(`^第(${chineseNumeral(n)}|${n})(?:${words})`, 'u');
  return written.test(heading);
}

/** The question with the words that name a part taken out ("前言里说了什么" → " 里说了什么"), to see what else it asks. */
export function withoutSectionReference(question: string): string {
  let rest = question.replace(new RegExp(DOTTED.source, 'giu'), ' ');
  for (const { asked } of TITLED) rest = rest.replace(new RegExp(asked.source, 'gi'), ' ');
  // 第N节 is a reference only under a numbered part (namedSections): alone, it is something asked.
  const subPart = partNumber(question) === null ? null : new RegExp(CHINESE_SUBPART.source, 'g');
  rest = rest.replace(new RegExp(CHINESE_PART.source, 'g'), ' ');
  if (subPart) rest = rest.replace(subPart, ' ');
  return rest.replace(/\b(?:part|chapter|section) (?:[a-z]+|\d{1,2})\b/gi, ' ').replace(/\b[a-z]+ (?:part|chapter|section)\b/gi, ' ');
}
