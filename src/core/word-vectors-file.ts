import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { preparedFile } from '../index/prepared-dictionaries.js';
import { ensureWordVectors, openWordVectors, type WordVectors, wordVectorsFileIn } from '../text/word-vectors.js';
import { makeFolder } from './make-folder.js';
import { START_UP } from './start-up-messages.js';

// The prepared word vectors, prepared now if a build has not (once: ~3 s). Without them /ask
// ranks on the lexical signals alone, as before they existed: one warning says so. A cache folder
// that cannot be written (full, read-only, a file) must not change answers: the vectors are then
// prepared in a temporary folder of this user's, as the dictionaries are, and found there at the
// next start before anything is parsed again.

/** This user's own folder for `path`'s vectors (made private), or null when another user holds the name. */
function scratchFolder(path: string): string | null {
  const folder = join(
    tmpdir(),
    `corpus-qa-vectors-${process.getuid?.() ?? 0}-${createHash('sha256').update(path).digest('hex').slice(0, 12)}`,
  );
  makeFolder(folder, 0o700);
  const { uid, mode } = statSync(folder);
  // A folder someone else made first could hold planted vectors: not used.
  return (process.getuid === undefined || uid === process.getuid()) && (mode & 0o077) === 0 ? folder : null;
}

export function wordVectorsOrNull(log: Logger, path: string = wordVectorsFileIn(dirname(preparedFile()))): WordVectors | null {
  try {
    const opened = openWordVectors(path);
    if (opened) return opened;
    const folder = scratchFolder(path);
    const scratch = folder ? join(folder, basename(path)) : null;
    const prepared = scratch ? openWordVectors(scratch) : null;
    if (prepared) return prepared;
    const outcome = ensureWordVectors(path);
    let vectors = openWordVectors(path);
    if (!vectors && scratch && outcome.startsWith('not saved')) {
      ensureWordVectors(scratch);
      vectors = openWordVectors(scratch);
      // Said where they went: an operator clearing a full disk would not look in /tmp.
      if (vectors) log.warn({ path, scratch, outcome }, START_UP.wordVectorsInScratch);
    }
    if (!vectors) log.warn({ path, outcome }, START_UP.wordVectorsUnavailable);
    return vectors;
  } catch (error) {
    log.warn({ path, err: error }, START_UP.wordVectorsUnavailable);
    return null;
  }
}
