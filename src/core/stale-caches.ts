import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Each corpus folder gets a cache folder of its own (corpus-cache-dir.ts); a deploy that unpacks
// each release into a new folder (/srv/releases/N/corpus) left one behind per release, never
// removed. A cache folder now records the corpus folder it serves, and when an index is saved
// the folders of corpus folders that are gone are removed.

const RECORD = 'corpus-path';

/** Notes in `cacheDir` which corpus folder it serves. */
export function recordCorpusPath(cacheDir: string, corpusDir: string): void {
  let real = resolve(corpusDir);
  try {
    real = realpathSync(corpusDir);
  } catch {
    // Kept as resolved: the folder was read a moment ago.
  }
  writeFileSync(join(cacheDir, RECORD), real);
}

/** Removes the folders beside `cacheDir` whose recorded corpus folder no longer exists; returns their names. */
export function removeOrphanedCaches(cacheDir: string, baseDir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(baseDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const folder = join(baseDir, name);
    if (folder === cacheDir) continue;
    let corpus: string;
    try {
      corpus = readFileSync(join(folder, RECORD), 'utf8');
    } catch {
      continue; // not a corpus's cache folder, or one from before the record
    }
    if (!corpus || existsSync(corpus)) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
