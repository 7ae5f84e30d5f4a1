import type { Options } from 'minisearch';

/** A one-field MiniSearch document of space-separated words, as the word index keeps passages. */
export interface WordDoc {
  id: string;
  words: string;
}

/** Options like the word index's (passage-index.ts), splitting on spaces. */
export const WORD_INDEX_OPTIONS: Options<WordDoc> = {
  idField: 'id',
  fields: ['words'],
  storeFields: [],
  tokenize: (text) => text.split(' ').filter(Boolean),
  processTerm: (term) => term,
  searchOptions: { prefix: false, fuzzy: false, combineWith: 'OR' },
};
