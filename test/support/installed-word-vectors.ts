import { join } from 'node:path';
import { preparedFile } from '../../src/index/prepared-dictionaries.js';
import { ensureWordVectors, openWordVectors, type WordVectors, wordVectorsFileIn } from '../../src/text/word-vectors.js';

/** The installed word vectors (node-synonyms' data), prepared as the bot prepares them. */
export function installedWordVectors(): WordVectors {
  const path = wordVectorsFileIn(join(preparedFile(), '..'));
  ensureWordVectors(path);
  const vectors = openWordVectors(path);
  if (!vectors) throw new Error('word vectors are not installed (node-synonyms data)');
  return vectors;
}
