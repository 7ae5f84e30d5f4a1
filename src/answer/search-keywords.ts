import type { Services } from '../core/services.js';
import { singularOf } from '../text/english-plural.js';
import type { QueryAnalysis } from './query-analysis.js';

// /search's typed keywords as its first stage tests them (ranked-search.ts): a sentence is listed
// when it writes one of them, as typed or as one of its translations.

/** A term of two characters or more: a word, not a character left over from one. */
export const isLong = (term: string): boolean => [...term].length >= 2;

/** A typed keyword as the index can test it. */
export interface SearchKeyword {
  /** Terms each of which is the keyword written whole: itself, or one of its translations. */
  whole: string[];
  /**
   * Its searched character pairs: a sentence holding them all writes it, nearly always, however
   * the sentence's words were cut (世界卫生 inside 世界卫生组织, which jieba keeps whole).
   */
  bigrams: string[];
  /** Its searched terms, all of which a sentence must hold when it has no whole form. */
  parts: string[];
}

/**
 * Each typed keyword's forms that are words the documents write (and searched), its searched pairs and terms.
 * A single keyword counts too: its translations dilute its share of the query
 * ("team" beside 团队, 团体, 集体), yet a sentence writing it as typed is what a search for it wants.
 */
export function searchKeywords(services: Services, analysis: QueryAnalysis, searched: ReadonlySet<string>): SearchKeyword[] {
  const { tokenizer } = services;
  // A plural typed is found in either number: its singular, which the documents' plurals are
  // indexed under too, stands for both ("refunds" finds "A refund is possible").
  const isSearched = (t: string) => searched.has(t) && !searched.has(singularOf(t) ?? '');
  // A form the documents never write (古特雷丝, a typo) is none: the keyword is then matched by its share.
  const isWritten = (t: string | null): t is string => t !== null && isSearched(t) && services.index.frequency(t) > 0;
  return analysis.keywordForms
    .map(([typed = '', ...others]) => {
      const whole = [typed, ...others].flatMap((form) => [form.toLowerCase(), singularOf(form.toLowerCase())]).filter(isWritten);
      const { words, bigrams } = tokenizer.tokenize(typed);
      return {
        whole: [...new Set(whole)],
        // Pairs too common to search are left out: asking for them too lost 世界卫生 (卫生 is common).
        bigrams: [...new Set(bigrams)].filter(isSearched),
        parts: [...new Set([...words, ...bigrams])].filter(isSearched),
      };
    })
    .filter((k) => k.whole.length > 0 || k.parts.some(isLong));
}
