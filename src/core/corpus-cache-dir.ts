import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

// The saved index follows the corpus: each corpus folder gets its own folder under the cache
// (INDEX_CACHE_DIR or .cache/), named after the folder and a hash of its real path, so two
// servers' corpora — or the bench's generated one — never overwrite each other's index and
// switching back and forth never forces a rebuild.

/** The folder's real path (symlinks resolved), or its absolute path when it cannot be read. */
export function realPath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

export function corpusCacheDir(baseCacheDir: string, corpusDir: string): string {
  const real = realPath(corpusDir);
  const name =
    basename(real)
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 40) || 'corpus';
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 12);
  return join(baseCacheDir, `${name}-${hash}`);
}
