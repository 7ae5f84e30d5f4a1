import type { Services } from '../core/services.js';
import type { WordVectors } from '../text/word-vectors.js';
import type { Candidate } from './candidate.js';
import { sentenceWords } from './sentence-words.js';

// A question and a sentence compared as wholes: each is the mean of its words' word2vec vectors
// (text/word-vectors.ts), every word weighted by its IDF in the corpus (的, 中国 and 疫情 say
// little, 防护服 much), and their cosine says how close the two are in meaning. The lexical
// signals count the words a sentence shares with the question; a paraphrase shares few words and
// many near ones (修车便宜吗 / 车辆维修费用低廉). Alone it ranks poorly (mean vectors over every sentence
// put the answer first for about a quarter of the open /ask questions, the linear score for 68%),
// so only the re-ranker reads it, for its first candidates (reranker.ts), where it tells apart
// sentences the lexical signals score alike.

/**
 * A question's meaning needs two of its words at least: one word's vector is that word's
 * neighbourhood, which the lexical signals already weigh, and beside a word without a vector
 * (Wi-Fi密码是什么: only 密码 has one) it would rank sentences by their nearness to 密码 alone.
 * Words are counted whole: 意大利 is one word, though the search cut also gives 大利.
 */
export const QUESTION_WORDS_MEANT = 2;

/**
 * The IDF-weighted mean of the words' vectors, as a unit vector; null when fewer than `least`
 * words have one (counted whole: a word of two characters or more, not inside another counted).
 */
export function meaningVector(
  vectors: WordVectors,
  words: Iterable<string>,
  weight: (word: string) => number,
  least = 1,
): Float64Array | null {
  const sum = new Float64Array(vectors.dims);
  const found: string[] = [];
  for (const word of new Set(words)) {
    const row = vectors.rowOf(word);
    if (row < 0) continue;
    vectors.addTo(row, weight(word), sum);
    found.push(word);
  }
  if (wholeWords(found) < least) return null;
  let norm = 0;
  for (const x of sum) norm += x * x;
  if (norm === 0) return null;
  norm = Math.sqrt(norm);
  for (let d = 0; d < sum.length; d++) sum[d]! /= norm;
  return sum;
}

/** Words of two characters or more that no other of them contains (one typed word, counted once); or all of them when none is that long. */
function wholeWords(words: readonly string[]): number {
  const long = words.filter((w) => [...w].length >= 2);
  if (!long.length) return words.length;
  return long.filter((w) => !long.some((other) => other !== w && other.includes(w))).length;
}

/** Cosine of two unit vectors; 0 when either is missing. */
export function meaningCosine(a: Float64Array | null, b: Float64Array | null): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot;
}

/** Sentences' vectors by passage number, per library (the same candidates come back question after question). */
const kept = new WeakMap<object, Map<number, Float64Array | null>>();
/**
 * Bytes of sentence vectors kept (8 a dimension): 16 MiB holds every sentence up to ~27 times the
 * starting corpus (757 sentences, 100 dimensions). /ask computes those of its best matches' whole
 * parts (meaning-candidates.ts), up to 1,000 a question: kept at 5,000 and then cleared, a 10×
 * corpus (7,571) computed them again and again, 1.4 ms a question (0.08 at 1×).
 */
const KEPT_BYTES = 16 * 2 ** 20;

function sentenceVector(services: Services, vectors: WordVectors, n: number): Float64Array | null {
  let known = kept.get(services.library);
  if (!known) {
    known = new Map();
    kept.set(services.library, known);
  }
  let vector = known.get(n);
  if (vector === undefined) {
    vector = meaningVector(vectors, sentenceWords(services, n, services.library.matchTextAt(n)), services.index.idf);
    // Past the budget the oldest goes, not all: a Map iterates in insertion order.
    if (known.size >= KEPT_BYTES / (8 * vectors.dims)) known.delete(known.keys().next().value!);
    known.set(n, vector);
  }
  return vector;
}

/** How many sentences' vectors are kept for the library (tests: none computed twice while they fit). */
export const sentenceVectorsKept = (services: Services): number => kept.get(services.library)?.size ?? 0;

/**
 * The cosine of the question's words (analysis.words) with each candidate; null when the question
 * has no meaning vector (no word vectors installed, or too few of its words have one).
 */
export function meaningCosines(services: Services, questionWords: readonly string[], candidates: readonly Candidate[]): number[] | null {
  const { numbers } = services.index;
  return meaningCosinesByNumber(
    services,
    questionWords,
    candidates.map(({ passage }) => numbers.numberOf(passage.id)),
  );
}

/** meaningCosines of sentences by passage number (0 for -1, a passage the index does not number). */
export function meaningCosinesByNumber(
  services: Services,
  questionWords: readonly string[],
  sentences: readonly number[],
): number[] | null {
  return questionMeaning(services, questionWords)?.(sentences) ?? null;
}

/**
 * The question's meaning vector, made once, as a function giving its cosine with sentences by
 * passage number (0 for -1); null when the question has none. For callers comparing it with
 * several groups of sentences (meaning-candidates.ts: one part after another).
 */
export function questionMeaning(services: Services, questionWords: readonly string[]): ((sentences: readonly number[]) => number[]) | null {
  const vectors = services.wordVectors();
  const question = vectors ? meaningVector(vectors, questionWords, services.index.idf, QUESTION_WORDS_MEANT) : null;
  if (!vectors || !question) return null;
  return (sentences) => sentences.map((n) => (n < 0 ? 0 : meaningCosine(question, sentenceVector(services, vectors, n))));
}
