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

/**
 * Counts the words of `vocabulary` in the corpus's Han runs (a headword never spans punctuation)
 * in one pass whose memory is bounded by the vocabulary, not by the corpus; any other word is
 * searched for on demand.
 */
export function indexCorpusWords(corpusText: string, vocabulary: Iterable<string>): CorpusWords {
  const hanText = Array.from(corpusText.matchAll(/\p{Script=Han}+/gu), (m) => m[0]).join('\n');
  const known = new Set(vocabulary);
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
