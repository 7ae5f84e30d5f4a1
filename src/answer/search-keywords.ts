import type { Services } from '../core/services.js';
import { singularOf } from '../text/english-plural.js';
import type { QueryAnalysis } from './query-analysis.js';

// /search's typed keywords as its first stage tests them (ranked-search.ts): a sentence is listed
// when it writes one of them, as typed or as one of its translations.

/**
 * A term of two characters (code points) or more: a word, not a character left over from one.
 * Counted without spreading the term into an array: it is asked of every term a sentence holds.
 * Three code units hold two code points at least; two hold one only as a surrogate pair.
 */
export const isLong = (term: string): boolean => {
  if (term.length !== 2) return term.length > 2;
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  return !(first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff);
};

/** A typed keyword as the index can test it. */
export interface SearchKeyword {
  /** Terms each of which is the keyword written whole: itself, or one of its translations. */
  whole: string[];
  /**
   * Each form's searched character pairs: a sentence holding all of one form's writes it, nearly
   * always, however its words were cut (世界卫生 inside 世界卫生组织, which jieba keeps whole).
   */
  bigrams: string[][];
  /** Its searched terms, all of which a sentence must hold when it has no whole form. */
  parts: string[];
  /** The typed form's words of two characters or more (医疗物资: 医疗, 物资). */
  words: string[];
}

/**
 * Each typed keyword's forms that are words the documents write, and its terms. A single keyword
 * counts too: its translations dilute its share of the query ("team" beside 团队, 团体, 集体), yet
 * a sentence writing it as typed is what a search for it wants.
 */
export function searchKeywords(services: Services, analysis: QueryAnalysis): SearchKeyword[] {
  const { tokenizer, index } = services;
  // A plural typed is found in either number: its singular, which the documents' plurals are
  // indexed under too, stands for both ("refunds" finds "A refund is possible").
  // A form the documents never write (古特雷丝, a typo) is none: the keyword is then matched by its share.
  const isWritten = (t: string | null): t is string => t !== null && index.frequency(t) > 0;
  return analysis.keywordForms.map(([typed = '', ...others]) => {
    const forms = [typed, ...others];
    const whole = forms.flatMap((form) => [form.toLowerCase(), singularOf(form.toLowerCase())]).filter(isWritten);
    // The typed form's tokens serve both its parts and its pairs: tokenized once.
    const typedTokens = tokenizer.tokenize(typed);
    const { words, bigrams } = typedTokens;
    return {
      whole: [...new Set(whole)],
      bigrams: forms.map((form, i) => [...new Set((i === 0 ? typedTokens : tokenizer.tokenize(form)).bigrams)]),
      parts: [...new Set([...words, ...bigrams])],
      words: [...new Set(words.filter(isLong))],
    };
  });
}

/**
 * The keywords as far as the search reaches them: pairs and terms it searches (pairs too common to
 * search are left out: asking for them too lost 世界卫生, as 卫生 is common), and only keywords
 * it can test.
 */
export function searchedKeywords(keywords: readonly SearchKeyword[], searched: ReadonlySet<string>): SearchKeyword[] {
  const isSearched = (t: string) => searched.has(t) && !searched.has(singularOf(t) ?? '');
  return keywords
    .map((k) => ({
      whole: k.whole,
      bigrams: k.bigrams.map((pairs) => pairs.filter(isSearched)).filter((pairs) => pairs.length > 0),
      parts: k.parts.filter(isSearched),
      words: k.words.filter(isSearched),
    }))
    .filter((k) => k.whole.length > 0 || k.parts.some(isLong));
}
