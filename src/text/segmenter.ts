import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { DICTIONARY_FILE_KEYS, type DictionaryFiles, hashDictionary } from './jieba-dictionary.js';
import { privateDictionaryCopy } from './private-dictionary-copy.js';
import { searchWords } from './search-words.js';

// nodejieba holds one dictionary per process, here the corpus's own (a few thousand words, read in
// ~60 ms). Loading the same content again (another copy of the same corpus dictionary) is a no-op.
// A different one replaces it for the whole process: a corpus reload does that (live-engine.ts),
// and so does any other engine in the same process (tests run many corpora in one worker). A
// segmenter therefore checks, before each cut, that its own dictionary is the loaded one and
// loads it back if not, so no engine ever cuts with another corpus's words. It loads it back from
// the bytes it read at first (~80 KB), written once to a private copy that every reload points at
// (private-dictionary-copy.ts): the files it was made from are often gone by then (a loader's
// snapshot, a build's scratch folder, a cleared cache), and cppjieba aborts the whole process on
// a dictionary it cannot open.

let loadedContent: string | null = null;

export interface Segmenter {
  /** Precise-mode segmentation with HMM (no overlapping sub-words). */
  cut(text: string): string[];
  /**
   * Search mode (nodejieba's cutForSearch, HMM on) of the text whose precise cut is given: the
   * cut's words with their dictionary sub-words. Deriving it saves segmenting every text twice.
   */
  searchWords(cut: readonly string[]): string[];
}

/**
 * Every word of the dictionary files as cppjieba reads them (the text before a line's first
 * space; the placeholder entries too, since jieba finds them as well).
 */
function dictionaryWords(files: DictionaryFiles): Set<string> {
  const words = new Set<string>();
  for (const path of [files.dict, files.user])
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const word = line.split(' ', 1)[0];
      if (word) words.add(word);
    }
  return words;
}

/** `contentHash` may be passed when the caller has just verified it (saves reading the files twice). */
export function loadSegmenter(files: DictionaryFiles, contentHash: string = hashDictionary(files)): Segmenter {
  const key = contentHash;
  const load = (from: DictionaryFiles) =>
    nodejieba.load({ dict: from.dict, userDict: from.user, idfDict: from.idf, stopWordDict: from.stopWords });
  const ownCopy = privateDictionaryCopy(DICTIONARY_FILE_KEYS.map((file) => [file, readFileSync(files[file])] as const));
  const ensureLoaded = () => {
    if (loadedContent === key) return;
    load(ownCopy());
    loadedContent = key;
  };
  if (loadedContent !== key) {
    load(files);
    loadedContent = key;
  }
  // A few thousand words (the corpus-restricted dictionary), read now, in a millisecond: read at
  // the first search, they were gone if the cache folder had been cleared while the bot ran.
  const words = dictionaryWords(files);
  const isWord = (word: string) => words.has(word);
  // The last text cut: a query is cut whole more than once (for its terms, then for the
  // countries it names), and each cut crosses into native code. A copy is handed out each time.
  let lastText: string | null = null;
  let lastWords: readonly string[] = [];
  return {
    cut: (text) => {
      ensureLoaded();
      if (text !== lastText) {
        lastWords = nodejieba.cut(text, true);
        lastText = text;
      }
      return lastWords.slice();
    },
    searchWords: (cut) => searchWords(cut, isWord),
  };
}
