import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusEntries, entryKind, isEmptyFolderEntry, isReadCorpusFile } from '../ingest/load-corpus.js';

// What the corpus folder holds, cheaply: every entry's name and kind, and its documents' and
// sidecars' sizes and times, as the index's fingerprint sees the folder (fingerprint.ts hashes the
// same entries and those files' bytes), plus the dictionary files the answers read. Taken when an
// index is loaded and at each look of a running bot (corpus-watch.ts): a file the index would
// report as not read (a .docx beside its .txt) is a change too, or the saved index would never
// match the folder the watch thinks it served.

/** A digest of the folder and `files`; '' when the folder cannot be read. */
export function corpusStamp(corpusDir: string, files: readonly string[] = []): string {
  const hash = createHash('sha256');
  const stat = (path: string, name: string) => {
    try {
      const { size, mtimeMs } = statSync(path);
      hash.update(`${name}\0${size}\0${mtimeMs}\n`);
    } catch {
      hash.update(`${name}\0?\n`);
    }
  };
  try {
    for (const entry of corpusEntries(corpusDir)) {
      // Whether a folder is empty too, as the index's fingerprint counts it (files put into one are named).
      const empty = isEmptyFolderEntry(corpusDir, entry) ? '\0empty' : '';
      hash.update(`${entry.name}\0${entryKind(entry)}${empty}\n`);
      if (isReadCorpusFile(entry)) stat(join(corpusDir, entry.name), entry.name);
    }
  } catch {
    return '';
  }
  for (const path of files) stat(path, `file:${path}`);
  return hash.digest('hex');
}
