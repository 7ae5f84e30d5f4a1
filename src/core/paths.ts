import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root (two levels above src/core, or three when running compiled from dist/src/core),
 * so scripts work from any working directory.
 */
const twoUp = fileURLToPath(new URL('../../', import.meta.url));
export const PROJECT_ROOT = basename(twoUp) === 'dist' ? fileURLToPath(new URL('../../../', import.meta.url)) : twoUp;

export const DEFAULT_PATHS = {
  corpusDir: join(PROJECT_ROOT, 'corpus'),
  domainWords: join(PROJECT_ROOT, 'dict', 'domain-words.txt'),
  synonyms: join(PROJECT_ROOT, 'dict', 'synonyms.txt'),
  cacheDir: process.env.INDEX_CACHE_DIR || join(PROJECT_ROOT, '.cache'),
};
