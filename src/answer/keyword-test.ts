import type { Services } from '../core/services.js';
import { simplifiedVariants } from '../text/normalize.js';
import { analyzeQuery } from './query-analysis.js';
import { type Condition, conditionTerms, meets } from './search-syntax.js';

// How /search's operators (search-syntax.ts) test a sentence for a keyword. Chinese: as written in
// any script, punctuation and spaces aside ("口罩、防护服" is written 口罩防护服, "一方有难八方支援"
// 一方有难，八方支援, "中国-意大利" 中国—意大利). English: as a whole word, or as any Chinese word a
// search of it looks for, since the documents are Chinese (-donation leaves out 捐款).

const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]+/gu;
const bare = (text: string): string => text.replace(PUNCTUATION_OR_SPACE, '');

/** Folded English (letters, digits and the marks inside words) holding a letter. */
const ENGLISH = /^(?=.*[a-z])[a-z0-9\s'’.-]+$/u;

interface Sentence {
  text: string;
  /** The text without punctuation or spaces, made when a Chinese keyword first asks for it. */
  bare: () => string;
}

function keywordTest(services: Services, keyword: string): (sentence: Sentence) => boolean {
  const forms = simplifiedVariants(keyword.trim());
  const english = forms[0] && ENGLISH.test(forms[0]) ? forms[0] : null;
  if (english) {
    const words = english.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const whole = new RegExp(`(?<![a-z0-9])${words.join('\\s+')}(?![a-z0-9])`, 'u');
    const chinese = analyzeQuery(services, keyword)
      .words.filter((w) => /\p{Script=Han}/u.test(w) && [...w].length > 1)
      .map(bare);
    return (sentence) => whole.test(sentence.text) || chinese.some((w) => sentence.bare().includes(w));
  }
  const written = [...new Set(forms.map(bare))].filter(Boolean);
  return (sentence) => written.some((w) => sentence.bare().includes(w));
}

/** Whether a sentence (its folded Simplified match text) meets `condition`. */
export function conditionFilter(services: Services, condition: Condition): (matchText: string) => boolean {
  const tests = new Map(conditionTerms(condition).map((keyword) => [keyword, keywordTest(services, keyword)]));
  return (text) => {
    let stripped: string | undefined;
    const sentence: Sentence = { text, bare: () => (stripped ??= bare(text)) };
    return meets(condition, (keyword) => tests.get(keyword)?.(sentence) ?? false);
  };
}
