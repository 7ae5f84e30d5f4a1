import { charactersOf } from '../index/character-frequency.js';
import type { PassageIndex } from '../index/passage-index.js';

// Paraphrases share characters where they share no word: 最难熬 / 最困难, 送血 / 血液,
// 医疗垃圾 / 医疗废物. Words and bigrams miss these; the share of the question's characters
// (weighted by rarity, so 熬 counts more than 国) that a sentence contains catches them. It is
// one ranking signal among the others (ranking-features.ts); it adds no candidates.

/** The query's Han characters and their IDF, side by side: read for every candidate, so nothing is allocated per read. */
export interface QueryCharacters {
  readonly characters: string[];
  readonly weights: number[];
}

/** The Han characters of the question's text and terms, with their IDF (characters the corpus never has are left out). */
export function queryCharacters(index: PassageIndex, texts: Iterable<string>): QueryCharacters {
  const query: QueryCharacters = { characters: [], weights: [] };
  for (const ch of charactersOf(texts)) {
    const idf = index.characterIdf(ch);
    if (idf > 0) {
      query.characters.push(ch);
      query.weights.push(idf);
    }
  }
  return query;
}

export const NO_QUERY_CHARACTERS: Readonly<QueryCharacters> = Object.freeze({ characters: [], weights: [] });

/** IDF-weighted share of the query's characters found in `text`. */
export function characterOverlap({ characters, weights }: QueryCharacters, text: string): number {
  let all = 0;
  let found = 0;
  for (let i = 0; i < characters.length; i++) {
    all += weights[i]!;
    if (text.includes(characters[i]!)) found += weights[i]!;
  }
  return all > 0 ? found / all : 0;
}
