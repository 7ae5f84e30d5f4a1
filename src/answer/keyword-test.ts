import type { Services } from '../core/services.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { simplifiedVariants } from '../text/normalize.js';
import { wholeNumberPattern } from '../text/number-spellings.js';
import { quantityOf, quantityPattern } from './quantity.js';
import { type Condition, conditionTerms, meets } from './search-syntax.js';
import { latinSpellings } from './written-latin.js';

// How /search's operators (search-syntax.ts) test a sentence for a keyword. Chinese: as written in
// any script, punctuation and spaces aside ("口罩、防护服" is written 口罩防护服, "措施有效阻断"
// 措施，有效阻断, "中国-意大利" 中国—意大利). A number: whole (10 is not in 100 or 3.10).
// English: as a whole word, or as one of the Chinese translations a search of it looks for, since
// the documents are Chinese (-donation leaves out 捐款).

/** Punctuation and spaces between two other characters, skipped inside a phrase ("5%" keeps its %: it is not 5天). */
const INNER_PUNCTUATION = /(?<=[^\s\p{P}])[\s\p{P}]+(?=[^\s\p{P}])/gu;
const withoutPunctuation = (text: string): string => text.replace(INNER_PUNCTUATION, '');

/** Folded English (letters, digits and the marks inside words) holding a letter. */
const ENGLISH = /^(?=.*[a-z])[a-z0-9\s'’.-]+$/u;

/** A number as typed: digits, with a decimal point or thousands commas. */
export const NUMBER = /^\d+(?:[.,]\d+)*$/u;

/** A number written whole, in either spelling, typed with a point also as a version's start (number-spellings.ts). */
export function wholeNumber(number: string): (text: string) => boolean {
  const pattern = wholeNumberPattern(number);
  return (text) => pattern.test(text);
}

/** A folded Latin word written whole (its words spaced by any spaces): "unit" is not in "united", nor ap300 in ap3000. */
export function wholeLatinWord(word: string): RegExp {
  return new RegExp(`(?<![a-z0-9])${word.split(/\s+/u).map(escapeRegExp).join('\\s+')}(?![a-z0-9])`, 'u');
}

/**
 * `word` in a text, punctuation and spaces between its characters allowed: the plain search first,
 * the pattern only when it fails (at 100× the corpus an operator reads every sentence, and
 * stripping each one's punctuation cost ~35 ms a query).
 */
function writtenTest(word: string): (text: string) => boolean {
  if (NUMBER.test(word)) return wholeNumber(word);
  const characters = [...word];
  if (characters.length < 2) return (text) => text.includes(word);
  const spread = new RegExp(characters.map(escapeRegExp).join('[\\s\\p{P}]*'), 'u');
  // Every character first: a sentence lacking one cannot write the word, and most lack one
  // (at 100× the corpus, "中国-意大利" ran the pattern on every sentence holding 中: 300 ms).
  const distinct = [...new Set(characters)];
  return (text) => text.includes(word) || (distinct.every((c) => text.includes(c)) && spread.test(text));
}

function keywordTest(services: Services, keyword: string): (text: string) => boolean {
  const forms = simplifiedVariants(keyword.trim());
  // A number with its unit (500g, 500元) is that quantity, in its spellings: not 1500g, nor 500ml.
  const quantity = forms[0] ? quantityOf(forms[0]) : null;
  if (quantity) {
    const pattern = quantityPattern(quantity);
    return (text) => pattern.test(text);
  }
  const english = forms[0] && ENGLISH.test(forms[0]) ? forms[0] : null;
  if (english) {
    // As typed, and as the documents spell the word (wifi: Wi-Fi; GTX960: GTX 960), as a plain search reads it.
    const spelled = [english, ...latinSpellings(services, english)].map(wholeLatinWord);
    const whole = { test: (text: string) => spelled.some((pattern) => pattern.test(text)) };
    // Each English word (or phrase the lexicon knows) as one of its whole Chinese translations:
    // masks is 口罩 or 医用口罩, never 医用 alone; health silk road needs 健康 (or 身体) and 丝绸之路.
    // A part with no Chinese (the 19 of COVID-19) asks for nothing more.
    const groups = (services.english(keyword)?.groups ?? [])
      .map((g) => g.chinese.filter((w) => /\p{Script=Han}/u.test(w)).map((w) => writtenTest(withoutPunctuation(w))))
      .filter((g) => g.length);
    return (text) => whole.test(text) || (groups.length > 0 && groups.every((g) => g.some((writes) => writes(text))));
  }
  // A number keeps its points and commas: "1.20.4" is no 1204.
  const written = [...new Set(forms.map((form) => (NUMBER.test(form) ? form : withoutPunctuation(form))))].map(writtenTest);
  return (text) => written.some((writes) => writes(text));
}

/** Whether a sentence (its folded Simplified match text) meets `condition`. */
export function conditionFilter(services: Services, condition: Condition): (matchText: string) => boolean {
  const tests = new Map(conditionTerms(condition).map((keyword) => [keyword, keywordTest(services, keyword)]));
  return (text) => meets(condition, (keyword) => tests.get(keyword)?.(text) ?? false);
}
