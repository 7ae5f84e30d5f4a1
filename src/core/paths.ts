import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two levels above src/core), so scripts work from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_PATHS = {
  corpusDir: join(PROJECT_ROOT, 'corpus'),
  domainWords: join(PROJECT_ROOT, 'dict', 'domain-words.txt'),
  synonyms: join(PROJECT_ROOT, 'dict', 'synonyms.txt'),
  cacheDir: process.env.INDEX_CACHE_DIR || join(PROJECT_ROOT, '.cache'),
};
