import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realPath } from './corpus-cache-dir.js';

// Each corpus folder gets a cache folder of its own (corpus-cache-dir.ts); a deploy that unpacks
// each release into a new folder (/srv/releases/N/corpus) left one behind per release, never
// removed. A cache folder now records the corpus folder it serves, and when an index is saved
// the folders of corpus folders that are gone are removed.

const RECORD = 'corpus-path';

/** Notes in `cacheDir` which corpus folder it serves. */
export function recordCorpusPath(cacheDir: string, corpusDir: string): void {
  writeFileSync(join(cacheDir, RECORD), realPath(corpusDir));
}

/**
 * A cache folder not written for this long whose corpus folder is gone is removed: a deploy that
 * removes the corpus folder and unpacks it again leaves it missing for a moment, and a process
 * serving it may be between two starts.
 */
const UNUSED_FOR_MS = 24 * 60 * 60 * 1000;

/** Removes the folders beside `cacheDir` whose recorded corpus folder no longer exists, unused for a day; returns their names. */
export function removeOrphanedCaches(cacheDir: string, baseDir: string, now: number = Date.now()): string[] {
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
    let recorded: number;
    try {
      corpus = readFileSync(join(folder, RECORD), 'utf8');
      recorded = statSync(join(folder, RECORD)).mtimeMs;
    } catch {
      continue; // not a corpus's cache folder, or one from before the record
    }
    if (!corpus || existsSync(corpus) || now - recorded < UNUSED_FOR_MS) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
