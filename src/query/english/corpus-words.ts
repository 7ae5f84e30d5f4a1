import { countWords } from '../../text/word-scan.js';

// Which Chinese strings occur in the corpus, and how often. The English lexicon keeps only
// headwords found here, which is what keeps it small enough to store beside the index.

/** Longest headword considered; longer CEDICT entries are idioms and names a question rarely needs. */
export const MAX_HEADWORD_LENGTH = 10;

export interface CorpusWords {
  /** Occurrences of a string in the corpus (0 when absent). */
  count(word: string): number;
}

function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
  return n;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The same counts from occurrences in the whole corpus text, already counted by one scan for
 * every word of the build (index/build-saved-index.ts), `counts` covering each word of
 * `vocabulary` that occurs. A word of Han characters only occurs in the Han runs exactly where
 * it occurs in the text; any other word never does.
 */
function fromCounts(corpusText: string, vocabulary: Iterable<string>, counts: ReadonlyMap<string, number>): CorpusWords {
  // Every vocabulary word's count, so that most lookups (words the corpus lacks) are one.
  const known = new Map<string, number>();
  for (const word of vocabulary) known.set(word, 0);
  for (const [word, n] of counts) if (known.has(word) && HAN_ONLY.test(word)) known.set(word, n);
  const others = new Map<string, number>();
  const count = (word: string): number => {
    const n = known.get(word);
    if (n !== undefined) return n;
    let m = others.get(word);
    if (m === undefined) {
      m = HAN_ONLY.test(word) ? (counts.get(word) ?? countOccurrences(corpusText, word)) : 0;
      others.set(word, m);
    }
    return m;
  };
  return { count };
}

/**
 * Counts the words of `vocabulary` in the corpus's Han runs (a headword never spans punctuation)
 * in one pass whose memory is bounded by the vocabulary, not by the corpus; any other word is
 * searched for on demand. `counted`: see fromCounts.
 */
export function indexCorpusWords(corpusText: string, vocabulary: Iterable<string>, counted?: ReadonlyMap<string, number>): CorpusWords {
  if (counted) return fromCounts(corpusText, vocabulary, counted);
  const known = new Set(vocabulary);
  const hanText = Array.from(corpusText.matchAll(/\p{Script=Han}+/gu), (m) => m[0]).join('\n');
  const counts = countWords(known, hanText);
  const others = new Map<string, number>();
  const count = (word: string): number => {
    if (word.length === 0) return 0;
    if (known.has(word)) return counts.get(word) ?? 0;
    let n = others.get(word);
    if (n === undefined) {
      n = countOccurrences(hanText, word);
      others.set(word, n);
    }
    return n;
  };
  return { count };
}
