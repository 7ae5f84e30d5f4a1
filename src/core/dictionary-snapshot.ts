import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DICTIONARY_FILE_KEYS, type DictionaryFiles, dictionaryFileNames } from '../text/jieba-dictionary.js';
import { removeStaleTempFiles } from './stale-temp-files.js';

// A private copy of a saved index's jieba dictionary, checked and loaded instead of the cache's
// own files: those have fixed names, and another process's build (a shard manager's, a running
// bot's child) rewrites them in place, so between checking their hash and jieba reading them (the
// index loads in between: ~0.6 s at 100× the corpus) a loader could take one build's dictionary
// under another's hash. A copy cannot change under it. The files are small (the corpus's own
// words: ~80 KB at the real corpus); jieba reads them whole when loaded, so the copy can go then.
// A copy is named after its process, so that the copies of processes killed while loading are
// removed by the next load (of any process).

const SNAPSHOT_PREFIX = 'corpus-qa-snapshot-';
const SNAPSHOT_NAME = new RegExp(`^${SNAPSHOT_PREFIX}(\\d+)-`);

export interface DictionarySnapshot {
  files: DictionaryFiles;
  remove(): void;
}

/**
 * Copies `files`; null when one cannot be read (removed meanwhile: as damaged). Where no copy can
 * be made (no writable temp folder), the files themselves, as before there were copies.
 */
export function snapshotDictionary(files: DictionaryFiles): DictionarySnapshot | null {
  let dir: string;
  removeStaleTempFiles(tmpdir(), SNAPSHOT_NAME);
  try {
    dir = mkdtempSync(join(tmpdir(), `${SNAPSHOT_PREFIX}${process.pid}-`));
  } catch {
    return { files, remove: () => undefined };
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const copies = dictionaryFileNames(dir);
  try {
    for (const key of DICTIONARY_FILE_KEYS) copyFileSync(files[key], copies[key]);
  } catch {
    remove();
    return null;
  }
  return { files: copies, remove };
}
