import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bump when ingestion, tokenization or index layout changes, so saved indexes built by older
 * code are rebuilt instead of being trusted.
 */
export const INDEX_VERSION = 1;

/** Hash of every input of the index: corpus files, the domain dictionary and the index code version. */
export function corpusFingerprint(corpusDir: string, dictionaryFiles: string[]): string {
  const hash = createHash('sha256');
  hash.update(`index-version:${INDEX_VERSION}\n`);
  const names = readdirSync(corpusDir).filter((n) => statSync(join(corpusDir, n)).isFile()).sort();
  for (const name of names) {
    hash.update(`file:${name}\n`);
    hash.update(readFileSync(join(corpusDir, name)));
  }
  for (const path of dictionaryFiles) {
    hash.update(`dict:${path}\n`);
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}
