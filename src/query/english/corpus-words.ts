// Which Chinese strings occur in the corpus, and how often. The English lexicon keeps only
// headwords found here, which is what keeps it small enough to store beside the index.

/** Longest headword considered; longer CEDICT entries are idioms and names a question rarely needs. */
export const MAX_HEADWORD_LENGTH = 10;

/** Substrings up to this length are counted up front; longer ones are searched on demand. */
const COUNTED_LENGTH = 4;

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
 * Counts every Han substring of up to four characters, run by run (about half the time of
 * counting up to ten); a longer word is looked for in the text only when its first four
 * characters occur, which rules out almost every CEDICT headword the corpus lacks.
 */
export function indexCorpusWords(corpusText: string): CorpusWords {
  const counts = new Map<string, number>();
  // One flag per UTF-16 code unit: a cheap first test before any string is built or hashed.
  const present = new Uint8Array(0x10000);
  const runs: string[] = [];
  for (const match of corpusText.matchAll(/\p{Script=Han}+/gu)) {
    const run = match[0];
    runs.push(run);
    for (let start = 0; start < run.length; start++) {
      present[run.charCodeAt(start)] = 1;
      const stop = Math.min(run.length, start + COUNTED_LENGTH);
      // Code-unit slices: one that cuts a surrogate pair matches no headword, which is harmless.
      for (let end = start + 1; end <= stop; end++) {
        const word = run.slice(start, end);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  const hanText = runs.join('\n');
  const longCounts = new Map<string, number>();
  const count = (word: string): number => {
    if (word.length === 0 || present[word.charCodeAt(0)] === 0) return 0;
    if (word.length <= COUNTED_LENGTH) return counts.get(word) ?? 0;
    if (!counts.has(word.slice(0, COUNTED_LENGTH))) return 0;
    let n = longCounts.get(word);
    if (n === undefined) {
      n = countOccurrences(hanText, word);
      longCounts.set(word, n);
    }
    return n;
  };
  return { count };
}
