// "the third edition", "a fifth batch", "the first plenary meeting": Chinese writes an ordinal
// with the thing it counts as one word (第三版, 第五批, 第一次, 首批), which neither "third" (三次,
// 第三) nor "edition" (修订版) alone finds. An ordinal followed within two words by a counted
// noun becomes that word; the noun is still translated on its own.

import type { EnglishToken } from './lemma.js';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** The measure word Chinese counts each noun with (lemmas). */
const COUNTERS: Record<string, string> = {
  edition: '版',
  version: '版',
  batch: '批',
  shipment: '批',
  team: '批',
  meeting: '次',
  session: '次',
  conference: '次',
  call: '次',
  round: '次',
  time: '次',
  phase: '阶段',
  stage: '阶段',
  part: '部分',
  section: '部分',
};

/** How far after the ordinal its noun may stand ("third trial edition", "third Chinese expert team"). */
const REACH = 3;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (十三, 二十). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

function ordinalValue(word: string): number | null {
  const lower = word.toLowerCase();
  const named = ORDINAL_WORDS[lower];
  if (named !== undefined) return named;
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(lower);
  return m ? Number(m[1]) || null : null;
}

/**
 * 第N<counter>, in Chinese numerals (the white paper) and in digits (the chronicle writes 第5批),
 * and 首<counter> for the first, when `tokens[at]` is an ordinal counting a noun soon after; else null.
 */
export function ordinalCounted(tokens: readonly EnglishToken[], at: number): string[] | null {
  const n = ordinalValue(tokens[at]?.text ?? '');
  if (n === null) return null;
  for (let k = at + 1; k <= at + REACH && k < tokens.length; k++) {
    // "meeting" lemmatizes to meet: its -ing form is the noun counted.
    const token = tokens[k]!;
    const counter = (token.form !== null ? COUNTERS[token.form] : undefined) ?? COUNTERS[token.lemma];
    if (counter === undefined) continue;
    // Both spellings in one alternative: choosing between them would drop one document's.
    const both = `第${chineseNumber(n)}${counter} 第${n}${counter}`;
    return n === 1 ? [both, `首${counter}`] : [both];
  }
  return null;
}

/**
 * An ordinal written in digits (38th, 2nd) counting no noun a counter is known for: its number, as
 * the documents write it (第 38 座灯塔); else null. It was a word no lexicon knows ("not understood").
 */
export function ordinalInDigits(token: string): string | null {
  const m = /^(\d{1,4})(?:st|nd|rd|th)$/iu.exec(token);
  return m ? String(Number(m[1])) : null;
}

/**
 * A group of countries named by its count (G20, G-20, G7): 二十国集团, as the documents write it.
 * No dictionary has G20 (CC-CEDICT has G7 only in a gloss); the documents' name is the count's.
 */
export function countriesGroup(tokens: readonly EnglishToken[], at: number): { chinese: string[]; length: number } | null {
  const token = tokens[at]?.text ?? '';
  const joined = /^G(\d{1,2})$/u.exec(token)?.[1];
  const apart = token === 'G' && /^\d{1,2}$/u.test(tokens[at + 1]?.text ?? '') ? tokens[at + 1]!.text : undefined;
  const n = Number(joined ?? apart);
  if (!Number.isInteger(n) || n < 2 || n > 99) return null;
  return { chinese: [`${chineseNumber(n)}国集团`], length: joined ? 1 : 2 };
}
