import nodejieba from 'nodejieba';
import type { DictionaryFiles } from './jieba-dictionary.js';

// nodejieba holds one dictionary per process. Loading it is the expensive step of start-up, so it
// happens exactly once, here, before any request; a second load with other files is a bug.

let loadedFrom: string | null = null;

export interface Segmenter {
  /** Search-mode segmentation with HMM for unknown words (names like 古特雷斯). */
  cutForSearch(text: string): string[];
  /** Precise-mode segmentation with HMM (no overlapping sub-words). */
  cut(text: string): string[];
}

export function loadSegmenter(files: DictionaryFiles): Segmenter {
  const key = JSON.stringify(files);
  if (loadedFrom === null) {
    nodejieba.load({ dict: files.dict, userDict: files.user, idfDict: files.idf, stopWordDict: files.stopWords });
    loadedFrom = key;
  } else if (loadedFrom !== key) {
    // Same content written to another folder is fine; different dictionaries in one process are not.
    throw new Error('nodejieba is already loaded with other dictionary files');
  }
  return {
    cutForSearch: (text) => nodejieba.cutForSearch(text, true),
    cut: (text) => nodejieba.cut(text, true),
  };
}
