import type { Services } from '../core/services.js';
import { simplifiedVariants } from '../text/normalize.js';
import { type Condition, conditionTerms, meets } from './search-syntax.js';

// How /search's operators (search-syntax.ts) test a sentence for a keyword. Chinese: as written in
// any script, punctuation and spaces aside ("口罩、防护服" is written 口罩防护服, "一方有难八方支援"
// 一方有难，八方支援, "中国-意大利" 中国—意大利). English: as a whole word, or as any Chinese word a
// search of it looks for, since the documents are Chinese (-donation leaves out 捐款).

const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]+/gu;
const bare = (text: string): string => text.replace(PUNCTUATION_OR_SPACE, '');
const escaped = (character: string): string => character.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Folded English (letters, digits and the marks inside words) holding a letter. */
const ENGLISH = /^(?=.*[a-z])[a-z0-9\s'’.-]+$/u;

/**
 * A test for `word` (without punctuation) in a sentence's text, punctuation and spaces between its
 * characters allowed: the plain search first, the pattern only when it fails (at 100× the corpus
 * an operator reads every sentence, and stripping each one's punctuation cost ~35 ms a query).
 */
function writtenTest(word: string): (text: string) => boolean {
  const characters = [...word];
  if (characters.length < 2) return (text) => text.includes(word);
  const spread = new RegExp(characters.map(escaped).join('[\\s\\p{P}\\p{S}]*'), 'u');
  return (text) => text.includes(word) || (text.includes(characters[0]!) && spread.test(text));
}

function keywordTest(services: Services, keyword: string): (text: string) => boolean {
  const forms = simplifiedVariants(keyword.trim());
  const english = forms[0] && ENGLISH.test(forms[0]) ? forms[0] : null;
  if (english) {
    const words = english.split(/\s+/u).map(escaped);
    const whole = new RegExp(`(?<![a-z0-9])${words.join('\\s+')}(?![a-z0-9])`, 'u');
    // Each English word (or phrase the lexicon knows) as one of its whole translations: masks is
    // 口罩 or 医用口罩, never 医用 alone; health silk road needs 健康 (or 身体) and 丝绸之路.
    const groups = (services.english(keyword)?.groups ?? [])
      .map((g) => g.chinese.map(bare).filter(Boolean).map(writtenTest))
      .filter((g) => g.length);
    return (text) => whole.test(text) || (groups.length > 0 && groups.every((g) => g.some((writes) => writes(text))));
  }
  const written = [...new Set(forms.map(bare))].filter(Boolean).map(writtenTest);
  return (text) => written.some((writes) => writes(text));
}

/** Whether a sentence (its folded Simplified match text) meets `condition`. */
export function conditionFilter(services: Services, condition: Condition): (matchText: string) => boolean {
  const tests = new Map(conditionTerms(condition).map((keyword) => [keyword, keywordTest(services, keyword)]));
  return (text) => meets(condition, (keyword) => tests.get(keyword)?.(text) ?? false);
}
