import type { Services } from '../core/services.js';
import { singularOf } from '../text/english-plural.js';
import { quantityOf } from './quantity.js';
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
      // A quantity's form is held by its number and unit together (500克: 500 and 克), which are no pairs.
      bigrams: forms.map((form, i) => {
        const tokens = i === 0 ? typedTokens : tokenizer.tokenize(form);
        return [...new Set(quantityOf(form.toLowerCase()) ? tokens.words : tokens.bigrams)];
      }),
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
export function searchedKeywords(
  keywords: readonly SearchKeyword[],
  searched: ReadonlySet<string>,
  unwritten: (term: string) => boolean = () => false,
): SearchKeyword[] {
  const isSearched = (t: string) => searched.has(t) && !searched.has(singularOf(t) ?? '');
  return keywords
    .filter((k) => k.whole.length > 0 || k.parts.some((t) => isLong(t) && isSearched(t)))
    .map((k) => {
      // A form with a character pair no sentence writes is written nowhere (七国集团: 七国): its
      // other pairs and terms (国集, 集团) found 二十国集团 as it. Such a keyword is held by no
      // sentence; its share of the query's information may still decide (keywordMatch).
      const written = (pairs: readonly string[]) => !pairs.some(unwritten);
      return {
        whole: k.whole,
        bigrams: k.bigrams
          .filter(written)
          .map((pairs) => pairs.filter(isSearched))
          .filter((pairs) => pairs.length > 0),
        parts: written(k.bigrams[0] ?? []) ? k.parts.filter(isSearched) : [],
        words: k.words.filter(isSearched),
      };
    });
}

/** How /search's first stage judges a sentence by the terms it holds (ranked-search.ts). */
export interface KeywordMatch {
  /** The sentence holds one of the keywords. */
  holdsSome(found: ReadonlySet<string>): boolean;
  /** A sentence holding enough of the query's information matches too, whatever it holds. */
  shareAlways: boolean;
  /** So does it, when no sentence holds a keyword. */
  shareIfNoneHolds: boolean;
}

const holdsAll = (terms: readonly string[], found: ReadonlySet<string>) => terms.length > 0 && terms.every((t) => found.has(t));

/**
 * A keyword the documents write as one word is matched as written, never by its pieces: a share
 * of 世界卫生组织's information is held by 世界贸易组织 too. So is one of several words, by all of
 * them, apart or together (医疗物资, which jieba cuts 医疗|物资, is held by 医疗防护物资): a sentence
 * holding 医疗 alone (医疗队) is no result of it. Only when no sentence holds a keyword so (武汉疫情,
 * a keyword of one searched word) is it matched by its share of the query's information.
 * Without typed keywords (/ask), or with one of a single searched word, the share decides.
 */
export function keywordMatch(keywords: readonly SearchKeyword[]): KeywordMatch {
  const holdsEveryWord = (k: SearchKeyword, found: ReadonlySet<string>) =>
    !k.whole.length && k.words.length >= 2 && holdsAll(k.words, found);
  return {
    holdsSome: (found) =>
      keywords.some(
        (k) =>
          k.whole.some((t) => found.has(t)) ||
          k.bigrams.some((pairs) => holdsAll(pairs, found)) ||
          (!k.whole.length && holdsAll(k.parts, found)) ||
          holdsEveryWord(k, found),
      ),
    // A keyword of one searched word is still found as written by its pairs (控制疫情: 控制|制疫; 疫情
    // is too common to search): only one without a pair to test is matched by its share at once.
    shareAlways: keywords.length === 0 || keywords.some((k) => !k.whole.length && k.words.length < 2 && !k.bigrams.length),
    shareIfNoneHolds: keywords.some((k) => !k.whole.length),
  };
}
