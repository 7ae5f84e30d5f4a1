import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { dictionaryFilesIn } from '../../src/index/build-saved-index.js';
import { loadSegmenter } from '../../src/text/segmenter.js';
import { createTokenizer, type Tokenizer } from '../../src/text/tokenizer.js';

/** The project's tokenizer with the corpus dictionary the global setup saved. */
export function realTokenizer(): Tokenizer {
  return createTokenizer(loadSegmenter(dictionaryFilesIn(DEFAULT_PATHS.cacheDir)));
}
