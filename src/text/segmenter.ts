import nodejieba from 'nodejieba';
import { type DictionaryFiles, hashDictionary } from './jieba-dictionary.js';

// nodejieba holds one dictionary per process. Loading it is the expensive step of start-up, so it
// happens exactly once, here, before any request. Loading the same content again (another copy
// of the same corpus dictionary) is a no-op; loading a different dictionary into a process that
// already has one is a bug, reported as such.

let loadedContent: string | null = null;

export interface Segmenter {
  /** Search-mode segmentation with HMM for unknown words (names like 古特雷斯). */
  cutForSearch(text: string): string[];
  /** Precise-mode segmentation with HMM (no overlapping sub-words). */
  cut(text: string): string[];
}

/** `contentHash` may be passed when the caller has just verified it (saves reading the files twice). */
export function loadSegmenter(files: DictionaryFiles, contentHash: string = hashDictionary(files)): Segmenter {
  const key = contentHash;
  if (loadedContent === null) {
    nodejieba.load({ dict: files.dict, userDict: files.user, idfDict: files.idf, stopWordDict: files.stopWords });
    loadedContent = key;
  } else if (loadedContent !== key) {
    throw new Error('nodejieba is already loaded with a different dictionary in this process');
  }
  return {
    cutForSearch: (text) => nodejieba.cutForSearch(text, true),
    cut: (text) => nodejieba.cut(text, true),
  };
}
