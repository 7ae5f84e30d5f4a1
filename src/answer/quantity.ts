import { escapeRegExp } from '../text/escape-regexp.js';
import { wholeNumberPattern, writtenSpelling } from '../text/number-spellings.js';

// A number typed with its unit (500g, 2kg, 500 ml, 120Hz, 15元) asks for that quantity: a sentence
// writing 500ml水 or 500元 holds the number, not what was asked. The quantity is written with its
// unit glued or after a space (500g, 500 g), its number whole and in either spelling (3000元,
// 3,000元), and a metric unit also by its Chinese name (500g, 500克), as recipes and manuals write
// either. Its unit is not converted: 0.5kg is another spelling of 500g, which no reader types for it.

/** Chinese names of the metric units people type by their symbol; a unit not listed is found as typed. */
const UNIT_NAMES: Record<string, readonly string[]> = {
  mg: ['毫克'],
  g: ['克'],
  kg: ['千克', '公斤'],
  ml: ['毫升'],
  l: ['升'],
  mm: ['毫米'],
  cm: ['厘米'],
  m: ['米'],
  km: ['千米', '公里'],
};

/** Currency signs written before an amount (folded: ￥ is ¥), for the unit an amount is typed with after it: ¥3,600.00 is 3600元. */
const SIGNS_BEFORE: Record<string, string> = { 元: '¥', 美元: '$', 欧元: '€', 英镑: '£' };

/**
 * A folded keyword that is one number and its unit: Latin letters (not an ordinal, 4th), or one or two
 * Chinese characters none of which is part of a day (3月, 10日, 2020年) or of the number (3.9万).
 */
const QUANTITY = /^(\d+(?:[.,]\d+)*) ?((?!(?:st|nd|rd|th)$)[a-z]+|(?:(?![年月日号万亿千百])\p{Script=Han}){1,2})$/u;

export interface Quantity {
  number: string;
  unit: string;
}

/** The quantity a folded keyword is (500g: 500 and g), or null. */
export function quantityOf(keyword: string): Quantity | null {
  const match = QUANTITY.exec(keyword);
  return match ? { number: match[1]!, unit: match[2]! } : null;
}

/** The units a quantity may be written in: its own and, for a metric symbol, the unit's Chinese names (g: 克), and back. */
function unitSpellings(unit: string): string[] {
  const named = Object.entries(UNIT_NAMES).find(([symbol, names]) => symbol === unit || names.includes(unit));
  return named ? [named[0], ...named[1]] : [unit];
}

/**
 * Where a folded text writes the quantity: its number whole (not 1500g for 500g), then its unit,
 * glued or after spaces, a Latin one not running on into a word (5g is not in 5ghz); an amount of
 * money also after its currency's sign (3600元 in ¥3,600.00).
 */
export function quantityPattern({ number, unit }: Quantity): RegExp {
  const units = unitSpellings(unit)
    .map((u) => (/[a-z]$/u.test(u) ? `${escapeRegExp(u)}(?![a-z])` : escapeRegExp(u)))
    .join('|');
  const whole = wholeNumberPattern(number, 'u', false).source;
  const sign = SIGNS_BEFORE[unit];
  return new RegExp(`(?:${whole}\\s*(?:${units})${sign ? `|${escapeRegExp(sign)}\\s*${whole}` : ''})`, 'u');
}

/** A /search that is one quantity (500g, 500 ml, 15元), folded, to be searched as written; null otherwise. */
export function writtenQuantity(query: string): string | null {
  const folded = query.trim().normalize('NFKC').toLowerCase();
  return quantityOf(folded) ? folded : null;
}

/** The quantity as the documents may write it: in each spelling of its unit (500g: 500g, 500克), the typed first. */
export function quantitySpellings({ number, unit }: Quantity): string[] {
  return unitSpellings(unit).map((u) => number + u);
}

/** A folded phrase's other spellings as a quantity (500g: 500克), none when it is no quantity. */
export function otherQuantitySpellings(phrase: string): string[] {
  const quantity = quantityOf(phrase);
  return quantity ? quantitySpellings(quantity).filter((form) => form !== phrase) : [];
}

/** How a folded text writes a phrase: a quantity in any of its spellings (500g as 500 g or 500克), else as number-spellings.ts reads it. */
export function writtenForm(text: string, phrase: string): string | null {
  const quantity = quantityOf(phrase);
  return quantity ? (quantityPattern(quantity).exec(text)?.[0] ?? null) : writtenSpelling(text, phrase);
}
