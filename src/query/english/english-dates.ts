// English month-and-day phrases ("March 18", "18 March", "Mar 18th") → the corpus's date form
// (3月18日), so an English question can still hit a dated chronicle entry. Full date parsing
// (ranges, years, every format) belongs to the date parser; this covers what questions contain.
import { englishMonth } from '../date-normalize.js';
import type { EnglishToken } from './lemma.js';

/** 1-12 for a month name or abbreviation written with a capital ("May", "Sept"), else null. */
function monthOf(token: EnglishToken | undefined): number | null {
  // A capital is required: lower-case "may" and "march" are usually not months.
  if (token === undefined || !/^[A-Z]/.test(token.text)) return null;
  return englishMonth(token.text);
}

/** 1-31 for "18" or "18th", else null. */
function dayOf(token: EnglishToken | undefined): number | null {
  const match = token === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(token.text);
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
}

export interface DateMatch {
  /** "3月18日", or "3月" for a month alone. */
  term: string;
  /** Tokens consumed. */
  length: number;
}

/** A date starting at `tokens[at]`: "March 18", "18 March", "18th of March", or a capitalised month alone. */
export function matchEnglishDate(tokens: readonly EnglishToken[], at: number): DateMatch | null {
  const month = monthOf(tokens[at]);
  if (month !== null) {
    const day = dayOf(tokens[at + 1]);
    return day === null ? { term: `${month}月`, length: 1 } : { term: `${month}月${day}日`, length: 2 };
  }
  const day = dayOf(tokens[at]);
  if (day === null) return null;
  const ofSkip = tokens[at + 1]?.lemma === 'of' ? 1 : 0;
  const after = monthOf(tokens[at + 1 + ofSkip]);
  return after === null ? null : { term: `${after}月${day}日`, length: 2 + ofSkip };
}
