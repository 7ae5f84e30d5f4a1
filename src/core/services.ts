import type { PassageIndex } from '../index/passage-index.js';
import type { EnglishTranslation } from '../query/english/index.js';
import type { Synonyms } from '../text/synonyms.js';
import type { Tokenizer } from '../text/tokenizer.js';
import type { WordVectors } from '../text/word-vectors.js';
import type { Library } from './library.js';
import type { CorpusStats } from './types.js';

/** Turns an English question into Chinese query terms (the English lexicon, when built). */
export type EnglishTranslator = (question: string) => EnglishTranslation | null;

/** Everything the answer modules need, built once at start. */
export interface Services {
  library: Library;
  index: PassageIndex;
  tokenizer: Tokenizer;
  /** Words of a text as the segmenter cuts them (precise mode, stop words kept). */
  segment: (text: string) => string[];
  /** Word vectors (text/word-vectors.ts), opened on first use; null when they are not installed or cannot be prepared. */
  wordVectors: () => WordVectors | null;
  synonyms: Synonyms;
  /** The synonyms the corpus folder lists (synonyms.txt) and a written word's other spellings: what a word means, not a near word learned. */
  listedSynonyms: Synonyms;
  english: EnglishTranslator;
  /** A character's toneless pinyin readings (CC-CEDICT), for any character CC-CEDICT has. */
  readings: (character: string) => readonly string[];
  /** Whether two characters before a count of years may name an era (乾隆, not 抗战: era-names.ts). */
  mayNameEra: (word: string) => boolean;
  /** Countries and regions a query names (same detector as the passages' `countries`). */
  countriesIn: (text: string) => string[];
  /** Year assumed for dates typed without one (the corpus is from 2020). */
  defaultYear: number;
  stats: CorpusStats;
  /** The corpus folder (and the dictionary files) when this index was loaded (corpus-stamp.ts). */
  corpusStamp: string;
  /** What the answers were loaded from, as content: the saved index's fingerprint and the synonyms (inputsDigest). */
  loadedFrom: string;
  /** Whether the corpus folder's documents changed (edited, added, removed) since this index was loaded. */
  corpusChanged: () => boolean;
  /** How such a change reaches the answers: at a restart, or by the running bot itself (live-engine.ts), which may have failed. */
  corpusFollow: () => CorpusFollow;
}

/** `restart`: only a restart serves a changed folder; `updating`: the bot is reading it; `failed`: it could not. */
export type CorpusFollow = 'restart' | 'updating' | 'failed';
