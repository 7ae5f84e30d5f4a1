import type { Services } from '../core/services.js';
import type { PassageIndex } from '../index/passage-index.js';
import type { WordVectors } from '../text/word-vectors.js';
import { isLong } from './search-keywords.js';
import { NEAR } from './semantic-coverage.js';
import { meaningVector } from './sentence-meaning.js';

// The corpus's own words near a question's words in the word vectors (text/word-vectors.ts): a
// question in the asker's words (医生护士, 传上) is answered by a sentence in the document's
// (医务人员, 感染), which shares none of its words and so never reaches ranking. These near words
// are what a search of the question can look for besides its own (near-word-route.ts).

/** The corpus's words that have a vector, and those vectors as unit rows side by side. */
interface VocabularyVectors {
  words: string[];
  rows: Float32Array;
  dims: number;
}

const vocabularies = new WeakMap<PassageIndex, VocabularyVectors>();

function vocabularyVectors(index: PassageIndex, vectors: WordVectors): VocabularyVectors {
  let known = vocabularies.get(index);
  if (known) return known;
  const { dims } = vectors;
  const words: string[] = [];
  const found: Float64Array[] = [];
  for (const word of index.vocabulary()) {
    const vector = unitVector(vectors, word);
    if (!vector || !isLong(word)) continue;
    words.push(word);
    found.push(vector);
  }
  const rows = new Float32Array(words.length * dims);
  for (let i = 0; i < found.length; i++) rows.set(found[i]!, i * dims);
  known = { words, rows, dims };
  vocabularies.set(index, known);
  return known;
}

/** The corpus's words' vectors gathered now (~0.3 s over the real corpus), not at the first question (engine warm-up). */
export function prepareNearWords(services: Services): void {
  const vectors = services.wordVectors();
  if (vectors) vocabularyVectors(services.index, vectors);
}

/** A word's vector scaled to length 1, or null when the table has none. */
const unitVector = (vectors: WordVectors, word: string): Float64Array | null => meaningVector(vectors, [word], () => 1);

export interface NearWord {
  /** The corpus's word. */
  word: string;
  /** The question's word it stands for. */
  asked: string;
  cosine: number;
}

/**
 * The corpus's words at NEAR or closer to each asked word (at most `perWord` each, the nearest),
 * other than the asked words themselves and the words holding one of them or held in one (防控 /
 * 防控工作 are the same word to a search). A corpus word near two asked words stands for the nearer.
 */
export function nearWords(services: Services, asked: readonly string[], perWord: number): NearWord[] {
  const vectors = services.wordVectors();
  if (!vectors || !asked.length) return [];
  const vocabulary = vocabularyVectors(services.index, vectors);
  const { words, rows, dims } = vocabulary;
  const best = new Map<string, NearWord>();
  for (const word of new Set(asked)) {
    const vector = unitVector(vectors, word);
    if (!vector) continue;
    const near: NearWord[] = [];
    for (let i = 0; i < words.length; i++) {
      let dot = 0;
      for (let d = 0, at = i * dims; d < dims; d++) dot += vector[d]! * rows[at + d]!;
      const candidate = words[i]!;
      if (dot < NEAR || asked.some((a) => a.includes(candidate) || candidate.includes(a))) continue;
      near.push({ word: candidate, asked: word, cosine: dot });
    }
    near.sort((a, b) => b.cosine - a.cosine);
    for (const n of near.slice(0, perWord)) {
      const had = best.get(n.word);
      if (!had || had.cosine < n.cosine) best.set(n.word, n);
    }
  }
  return [...best.values()];
}
