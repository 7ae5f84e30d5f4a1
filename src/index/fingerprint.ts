import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../core/paths.js';

/** Bump to force a rebuild of every saved index even when no indexing code changed. */
export const INDEX_VERSION = 1;

/**
 * The code whose output the saved index holds (ingestion, tokenization, country detection, the
 * index itself, the English lexicon). Its source is hashed into the fingerprint, so an index
 * built by other code is never trusted — no one has to remember to bump a version.
 */
const INDEXING_CODE = ['src/ingest', 'src/text', 'src/index', 'src/geo', 'src/query/english'];

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Hash of every input of the index: corpus files, the domain dictionary and the indexing code. */
export function corpusFingerprint(corpusDir: string, dictionaryFiles: string[]): string {
  const hash = createHash('sha256');
  hash.update(`index-version:${INDEX_VERSION}\n`);
  const names = readdirSync(corpusDir)
    .filter((n) => statSync(join(corpusDir, n)).isFile())
    .sort();
  for (const name of names) {
    hash.update(`file:${name}\n`);
    hash.update(readFileSync(join(corpusDir, name)));
  }
  for (const path of dictionaryFiles) {
    hash.update(`dict:${path.split(/[\\/]/).pop() ?? ''}\n`);
    hash.update(readFileSync(path));
  }
  for (const path of INDEXING_CODE.flatMap((dir) => filesUnder(join(PROJECT_ROOT, dir)))) {
    hash.update(`code:${path.slice(PROJECT_ROOT.length)}\n`);
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
