import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../core/types.js';
import { writeAtomically } from '../core/write-atomically.js';
import type { SavedPassageIndex } from './passage-index.js';

// The saved index: one JSON file holding everything start-up needs (the ingested corpus, the
// MiniSearch index and the English lexicon), so a start with a valid cache never re-reads or
// re-parses the documents. Keyed by the corpus fingerprint; written atomically (temp + rename) so
// a crash mid-write leaves the previous file intact. Anything unreadable is reported as a
// reason to rebuild, never thrown.

export interface SavedIndex {
  fingerprint: string;
  builtAt: string;
  /** Hash of the corpus-restricted jieba dictionary files written beside the index. */
  dictionaryHash: string;
  corpus: Corpus;
  index: SavedPassageIndex;
  /** English lexicon data, validated by its own module when read back. */
  lexicon: unknown;
  /** Country gazetteer entities (built from i18n-iso-countries + OpenCC), validated when read back. */
  gazetteer?: unknown;
}

export type CacheRead = { ok: true; saved: SavedIndex } | { ok: false; reason: string };

const FILE_NAME = 'index.json';

export function cacheFile(cacheDir: string): string {
  return join(cacheDir, FILE_NAME);
}

function looksLikeSavedIndex(value: unknown): value is SavedIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const corpus = v.corpus as Record<string, unknown> | undefined;
  return (
    typeof v.fingerprint === 'string' &&
    typeof v.builtAt === 'string' &&
    typeof v.dictionaryHash === 'string' &&
    typeof v.index === 'object' &&
    v.index !== null &&
    Array.isArray(corpus?.documents)
  );
}

export function readSavedIndex(cacheDir: string, fingerprint: string): CacheRead {
  const path = cacheFile(cacheDir);
  if (!existsSync(path)) return { ok: false, reason: 'no saved index' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, reason: `saved index is corrupt (${(error as Error).message})` };
  }
  if (!looksLikeSavedIndex(parsed)) return { ok: false, reason: 'saved index is incomplete' };
  if (parsed.fingerprint !== fingerprint) return { ok: false, reason: 'corpus or index code changed' };
  return { ok: true, saved: parsed };
}

export function writeSavedIndex(cacheDir: string, saved: SavedIndex): void {
  writeAtomically(cacheFile(cacheDir), JSON.stringify(saved));
}
