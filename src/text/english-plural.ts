// The singular of an English plural ("refunds" → "refund", "countries" → "country", "boxes" →
// "box"), for matching a document's words in either number. Only plurals: the lemmatiser's other
// keys ("provid", "unit" for united) are gloss keys, which as index terms merged unrelated words.
// The English lemmatiser is a pure function of a word; it knows the invariant ones (news, series).
import { lemmatize } from '../query/english/lemma.js';

/** The singular when `word` (lower case, letters) is a regular plural; otherwise null. */
export function singularOf(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return null;
  const lemma = lemmatize(word);
  if (lemma === word) return null;
  // The singular the plural's spelling points to first (countries, boxes, refunds), kept when the
  // lemmatiser reads both alike (meetings and meeting are both "meet"; news and new are not).
  const candidates = /ies$/u.test(word)
    ? [`${word.slice(0, -3)}y`]
    : /(?:ss|x|z|ch|sh)es$/u.test(word)
      ? [word.slice(0, -2)]
      : [word.slice(0, -1)];
  return candidates.find((singular) => lemmatize(singular) === lemma) ?? null;
}

/** Whether two lower-case words are one in either number ("refund", "refunds"). */
export function sameInNumber(a: string, b: string): boolean {
  return a === b || singularOf(a) === b || singularOf(b) === a;
}
