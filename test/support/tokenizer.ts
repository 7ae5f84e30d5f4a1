import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { dictionaryFilesIn } from '../../src/index/build-saved-index.js';
import { loadSegmenter, type Segmenter } from '../../src/text/segmenter.js';
import { createTokenizer, type Tokenizer } from '../../src/text/tokenizer.js';

/** The corpus's segmenter (the corpus dictionary the global setup saved), as the engine cuts with. */
export function realSegmenter(): Segmenter {
  return loadSegmenter(dictionaryFilesIn(corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir)));
}

/** The project's tokenizer with the corpus dictionary the global setup saved. */
export function realTokenizer(): Tokenizer {
  return createTokenizer(realSegmenter());
}
