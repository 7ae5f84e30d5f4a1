import type { PassageIndex } from '../index/passage-index.js';
import { wholeNumberPattern, writesPhrase } from '../text/number-spellings.js';

// A version typed by its start (v1.2, 1.20) is found in the versions the documents write that go
// on from it (1.2.0, 1.2.1; 1.20.4), as a release's patch versions belong to it: the index holds
// each version as one word, which a search of its start did not reach.

/** A number of dotted parts (1.2, 1.2.0, 2024.05.03), as the tokenizer keeps it whole. */
const DOTTED = /^\d+(?:\.\d+)+$/u;

/** The index's dotted words, listed once per index (the first time a query has a dotted number). */
const dottedWordsOf = new WeakMap<PassageIndex, readonly string[]>();

function dottedWords(index: PassageIndex): readonly string[] {
  let words = dottedWordsOf.get(index);
  if (!words) {
    words = index.vocabulary().filter((word) => DOTTED.test(word));
    dottedWordsOf.set(index, words);
  }
  return words;
}

/**
 * The words the documents write that continue a typed dotted number by further parts (1.2 →
 * 1.2.0, 1.2.1; not 1.20 nor 11.2.0), typed with a v or not; none for anything else.
 */
export function versionsStartingWith(index: PassageIndex, typed: string): string[] {
  const start = typed.replace(/^v(?=\d)/iu, '');
  if (!DOTTED.test(start)) return [];
  const prefix = `${start}.`;
  return dottedWords(index).filter((word) => word.startsWith(prefix));
}

/**
 * The words a typed keyword that is a version stands for: itself as the index holds it (v0.10 is
 * the word 0.10: a keyword typed with its v is no word the index has) and the versions going on from it.
 */
export function versionForms(index: PassageIndex, typed: string): string[] {
  const versions = versionsStartingWith(index, typed);
  const written = typed.replace(/^v(?=\d)/iu, '');
  return written !== typed && DOTTED.test(written) ? [written, ...versions] : versions;
}

/** The v of a version typed (v0.10, V1.2.0), not of a code glued to letters (v1.2GB). */
const VERSION_V = /(?<![a-z\d.])v(?=\d+(?:\.\d+)+(?![\d.]*[a-z]))/giu;

/**
 * The text without the v of its versions: the tokenizer reads v0.10 as the number 0.10, which an
 * English reader took for the letter v glued to it (v0.10和v0.9: the versions dropped, "v" not understood).
 */
export const withoutVersionV = (text: string): string => text.replace(VERSION_V, ' ');

/**
 * Whether a text writes a typed phrase, a version only as that version, with its v or not (v0.10
 * in 经讨论，v0.10 推迟, not in v0.10.1): the sentences writing the version asked rank above those
 * writing the versions going on from it, which a search of it lists too. Other phrases as written.
 */
export function writesPhraseOrVersion(phrase: string): (text: string) => boolean {
  const number = phrase.replace(/^v(?=\d)/iu, '');
  if (!DOTTED.test(number)) return writesPhrase(phrase);
  const pattern = wholeNumberPattern(number, 'u', false);
  return (text) => pattern.test(text);
}
