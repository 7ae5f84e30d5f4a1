import { isStopLemma } from '../query/english/stop-words.js';
import { capitalAmounts } from './capital-numerals.js';
import { hasHan, hasLetterOrDigit } from './character-classes.js';
import { groupedDigits } from './digit-groups.js';
import { singularOf } from './english-plural.js';
import { simplifiedVariants } from './normalize.js';
import { GROUPED_NUMBER, plainNumber } from './number-spellings.js';
import { numeralDayWords } from './numeral-dates.js';
import type { Segmenter } from './segmenter.js';
import { isStopWord } from './stopwords.js';

// One tokenizer for documents and queries. It yields two kinds of terms:
// - words: jieba search-mode words, with dates and numbers kept whole (jieba alone cuts
//   3月18日 into 3/月/18/日; 3,000 is the word 3000, as it may be typed), Latin words lower-cased (a plural with its singular beside it:
//   "refunds" also as "refund", so a search for either finds both), punctuation and stop
//   words dropped;
// - bigrams: overlapping character pairs inside runs of meaningful words, which find
//   paraphrases and names jieba splits differently in the question and in the corpus.

/**
 * A version written with its v (v1.2.0, v0.10): the v is dropped from the token, so that the
 * version typed with or without it is the same word (the Latin word v1 and the number 2.0 of it
 * were found in "v1 接口在 2.0 协议下", and 1.2.0 did not find v1.2.0).
 */
const V_VERSION = String.raw`(?<![a-z\d])v\d+(?:\.\d+)+`;
const V_VERSION_TOKEN = /^v(?=\d+(?:\.\d+)+$)/;

/**
 * Dates, years/months/days and numbers that must stay one token (a number grouped by thousands
 * too: jieba cut 3,000 into 3 and 000, and 000 was found in 4,000; a version's dotted parts too:
 * 1.20.4 was 1.20 and 4, and 4 was found in it); dotted abbreviations (e.g., u.s.); Latin words,
 * their digits' dotted parts too (pm2.5 was pm2 and 5, and /search 5 found it); an apostrophe is
 * a word's only before a letter (china's, rock'n'roll): a plural's possessive, the keepers' wives,
 * was the word keepers', which /search keepers did not find.
 */
export const PROTECTED = new RegExp(
  String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}年|\d{1,2}月(?!\d)|\d{1,2}日|${GROUPED_NUMBER}(?:\.\d+)?%?|\d+(?:\.\d+)*%?|${V_VERSION}|(?<![a-z])[a-z](?:\.[a-z])+\.?(?![a-z])|[a-z](?:[a-z0-9&-]|'(?=[a-z]))*(?:(?<=\d)\.\d+)*`,
  'g',
);

/** The word a match of PROTECTED is indexed as: 3,000 and 3,000.00 as 3000, 18号 as 18日, v1.2.0 as 1.2.0 (and v1.00 as 1.00). */
export const protectedWord = (written: string): string =>
  V_VERSION_TOKEN.test(written) ? written.replace(V_VERSION_TOKEN, '') : plainNumber(written.replace(/号$/, '日'));

export interface Tokens {
  words: string[];
  bigrams: string[];
}

export interface Tokenizer {
  /** Words and bigrams of a sentence or query (same processing for both). */
  tokenize(text: string): Tokens;
  /** The same, of a text whose simplifiedVariants are known already (the build folds each passage once). */
  tokenizeVariants(variants: readonly string[]): Tokens;
}

interface Piece {
  text: string;
  protectedToken: boolean;
}

function splitProtected(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    const start = m.index ?? 0;
    if (start > last) pieces.push({ text: text.slice(last, start), protectedToken: false });
    pieces.push({ text: protectedWord(m[0]), protectedToken: true });
    last = start + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), protectedToken: false });
  return pieces;
}

const SURROGATE = /[\ud800-\udfff]/;
/** A Latin word's possessive: keeper's, China's (not it's, whose it is a glue word). */
const POSSESSIVE = /^([a-z]{2,})'s$/;
/** A Latin word of letters only (not ABC-123 or covid-19, which are written as they are). */
const LATIN_WORD = /^[a-z]{4,}$/;

function bigramsOf(run: string, out: string[]): void {
  // Without surrogates a character is a code unit, and a pair a slice.
  if (!SURROGATE.test(run)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    return;
  }
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

export function createTokenizer(segmenter: Segmenter): Tokenizer {
  function tokenizeVariant(text: string, words: string[], bigrams: string[]): void {
    let run = '';
    const flush = () => {
      bigramsOf(run, bigrams);
      run = '';
    };
    for (const piece of splitProtected(text)) {
      if (piece.protectedToken) {
        words.push(piece.text);
        // A possessive (keeper's) is its word too, as /search keeper types it.
        const owner = POSSESSIVE.exec(piece.text)?.[1];
        if (owner !== undefined && !isStopLemma(owner)) words.push(owner);
        const singular = LATIN_WORD.test(piece.text) ? singularOf(piece.text) : null;
        if (singular) words.push(singular);
        flush();
        continue;
      }
      // Precise cut drives the bigram runs (stop words break a run); search mode adds sub-words.
      const cut = segmenter.cut(piece.text);
      for (const token of cut) {
        if (!hasLetterOrDigit(token) || isStopWord(token)) flush();
        else if (hasHan(token)) run += token;
        else flush();
      }
      flush();
      for (const token of segmenter.searchWords(cut)) {
        const t = token.trim();
        if (t && hasLetterOrDigit(t) && !isStopWord(t)) words.push(t);
      }
    }
  }

  function tokenizeVariants(variants: readonly string[]): Tokens {
    const words: string[] = [];
    const bigrams: string[] = [];
    for (const variant of variants) {
      tokenizeVariant(variant, words, bigrams);
      // A number written in groups (137-2468-1357) is also its digits together, as they are typed;
      // its groups stay words too (a search of 2468 finds it, as before). An amount in capitals
      // (叁仟陆佰元) is its number too, a day in numerals (二〇二五年十二月二十九日) its digits' day.
      words.push(...groupedDigits(variant), ...capitalAmounts(variant), ...numeralDayWords(variant));
    }
    return { words, bigrams };
  }

  return { tokenize: (text) => tokenizeVariants(simplifiedVariants(text)), tokenizeVariants };
}
