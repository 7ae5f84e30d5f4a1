import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What the corpus folder holds, cheaply: its documents' and sidecars' names, sizes and times.
// Taken at start and again when /about is asked, so that an operator who edited, added or removed
// a document while the bot ran is told the answers are still the old ones until a restart.

/** What loadCorpus reads: documents and their sidecars (other files change nothing). */
const READ = /\.(?:txt|md)$|\.meta\.json$/iu;

/** A digest of the folder's readable files (name, size, modification time); '' when it cannot be read. */
export function corpusStamp(corpusDir: string): string {
  try {
    const hash = createHash('sha256');
    for (const name of readdirSync(corpusDir).sort()) {
      if (!READ.test(name)) continue;
      try {
        const { size, mtimeMs } = statSync(join(corpusDir, name));
        hash.update(`${name}\0${size}\0${mtimeMs}\n`);
      } catch {
        hash.update(`${name}\0?\n`);
      }
    }
    return hash.digest('hex');
  } catch {
    return '';
  }
}
