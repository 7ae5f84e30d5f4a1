import type { PassageIndex } from '../index/passage-index.js';
import { weightedShare } from './question-coverage.js';

// A number the question writes whole (283 of 潮历283年, 23 of 有23个省) picks its sentence out
// as a day named does: 潮历283年发生了什么 was answered by the 212 and 409 rows first, which hold
// every character of it but 283. Its digits counted in one signal only (the words' BM25, one word
// among several), and the reranker's trees, fitted where few questions name a number, moved the
// row writing it down. So the numbers written count after ranking (ranked-search.ts).

/** A number as a text writes it: digits, grouped by thousands or with decimals (1,243 or 0.3). */
const WRITTEN_NUMBER = /\d+(?:[.,]\d+)*/gu;
/** A word of the question that is only a number (dates, years and 3月 are words of their own, not this). */
const NUMBER_WORD = /^\d+(?:\.\d+)?$/u;

/**
 * For the numbers among the question's words (tokenizer.ts keeps them whole) that some sentence
 * writes: the IDF-weighted share of them a text writes whole (283 is not in 1283; 1,243 is 1243).
 * Null when the question writes none.
 */
export function numbersAsked(index: PassageIndex, question: string, words: readonly string[]): ((text: string) => number) | null {
  const days = daysWritten(question);
  const numbers = new Set(words.filter((word) => NUMBER_WORD.test(word) && !days.has(word) && index.frequency(word) > 0));
  if (!numbers.size) return null;
  const share = weightedShare(numbers, (n) => index.idf(n));
  return (text) => share(numbersWritten(text));
}

/** A day or month written by its number alone (17号, 3月): a date, which entries are headed by, not a count a sentence writes. */
const DAY_NUMBER = /(\d{1,2})\s*(?:号|日|月)/gu;

/** The numbers a question writes as days or months. */
function daysWritten(question: string): Set<string> {
  return new Set([...question.normalize('NFKC').matchAll(DAY_NUMBER)].map((m) => String(Number(m[1]))));
}

/** The numbers a text writes, thousands separators left out. */
function numbersWritten(text: string): Set<string> {
  const written = new Set<string>();
  for (const m of text.matchAll(WRITTEN_NUMBER)) written.add(m[0].replace(/,(?=\d{3}(?!\d))/gu, ''));
  return written;
}
