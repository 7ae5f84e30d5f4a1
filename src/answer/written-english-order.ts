import { lemmatize } from '../query/english/lemma.js';
import { isStopLemma } from '../query/english/stop-words.js';
import type { Candidate } from './candidate.js';
import type { RankMode } from './rank-mode.js';

/**
 * Sentences writing the query's English words (in any inflection) before those holding only their
 * Chinese translations, in a server's documents written in English: for /search, any of its
 * keywords ("tournaments" finds "tournament" before 比赛); for /ask, at least half of the
 * question's words that carry meaning (glue words aside): one shared word is no answer, but a
 * sentence saying most of the question in its own words is closer to it than a translation.
 * Stable: the order within each part holds. A corpus without English text is not affected.
 */
const WRITTEN_ENGLISH_SHARE: Record<RankMode, number> = { search: Number.MIN_VALUE, ask: 0.5 };

export function byWrittenEnglish(
  question: string,
  mode: RankMode,
): ((a: { candidate: Candidate }, b: { candidate: Candidate }) => number) | null {
  // A question with Chinese words is ranked as trained: its English word (Italy医疗队…) is one of
  // several, and a sentence writing only that one is no answer.
  if (/\p{Script=Han}/u.test(question)) return null;
  const asked = new Set<string>();
  for (const [word] of question.matchAll(LATIN_WORD)) {
    const lemma = lemmatize(word);
    if (!isStopLemma(lemma) && !isStopLemma(word)) asked.add(lemma);
  }
  if (!asked.size) return null;
  const needed = WRITTEN_ENGLISH_SHARE[mode] * asked.size;
  const writes = new Map<Candidate, boolean>();
  // Whole words compared by lemma: "tournament" writes "tournaments", "art" is not in "article".
  const written = (candidate: Candidate) => {
    let found = writes.get(candidate);
    if (found === undefined) {
      const seen = new Set<string>();
      for (const [word] of candidate.passage.text.toLowerCase().matchAll(LATIN_WORD)) {
        const lemma = lemmatize(word);
        if (asked.has(lemma)) seen.add(lemma);
      }
      found = seen.size >= needed;
      writes.set(candidate, found);
    }
    return found;
  };
  return (a, b) => Number(written(b.candidate)) - Number(written(a.candidate));
}

const LATIN_WORD = /(?<![a-z0-9])[a-z][a-z'’-]*[a-z]/g;
