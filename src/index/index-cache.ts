import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../core/types.js';
import { writeAtomically } from '../core/write-atomically.js';
import type { SavedPassageIndex } from './passage-index.js';

// The saved index: one file holding everything start-up needs (the ingested corpus, the
// MiniSearch index and the English lexicon), so a start with a valid cache never re-reads or
// re-parses the documents. Keyed by the corpus fingerprint; written atomically (temp + rename) so
// a crash mid-write leaves the previous file intact. Anything unreadable is reported as a
// reason to rebuild, never thrown.
//
// A quote bot must never quote what the corpus does not say, so the file carries a digest of its
// content: an edited or truncated file is rebuilt, not served. Layout, one JSON value per line:
//   {"format", "fingerprint"}
//   the saved index without the term lists below
//   ["terms", [...]] / ["frequencies", [...]]   the index's terms, in chunks
//   {"digest"}   sha256 of every byte before this line
// Written as it is produced: no string ever holds the whole file (one JSON of a 50 MB corpus
// passes V8's ~512 MB string limit), and the digest is computed on the way.

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
const FORMAT = 'corpus-qa-index/2';
const CHUNK = 20_000;

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

function* chunks<T>(tag: string, items: readonly T[]): Generator<string> {
  for (let at = 0; at < items.length; at += CHUNK) yield `${JSON.stringify([tag, items.slice(at, at + CHUNK)])}\n`;
}

/** The file's lines after the header. */
function* bodyLines(saved: SavedIndex): Generator<string> {
  const { minisearch, units, documentFrequency } = saved.index;
  const terms = Array.isArray(minisearch.index) ? minisearch.index : [];
  const unitTerms = Array.isArray(units?.index) ? units.index : [];
  const base = { ...saved, index: { minisearch: { ...minisearch, index: [] }, units: { ...units, index: [] }, documentFrequency: {} } };
  yield `${JSON.stringify(base)}\n`;
  yield* chunks('terms', terms);
  yield* chunks('unitTerms', unitTerms);
  yield* chunks('frequencies', Object.entries(documentFrequency));
}

function parseBody(body: Buffer): unknown {
  const lines: string[] = [];
  for (let start = 0; start < body.length; ) {
    const end = body.indexOf(10, start);
    lines.push(body.toString('utf8', start, end < 0 ? body.length : end));
    start = end < 0 ? body.length : end + 1;
  }
  const [first, ...rest] = lines;
  const base = JSON.parse(first ?? '') as SavedIndex;
  if (!looksLikeSavedIndex(base)) return base;
  const terms: unknown[] = [];
  const unitTerms: unknown[] = [];
  const frequencies: [string, number][] = [];
  for (const line of rest) {
    const [tag, items] = JSON.parse(line) as [string, unknown[]];
    if (tag === 'terms') for (const item of items) terms.push(item);
    else if (tag === 'unitTerms') for (const item of items) unitTerms.push(item);
    else if (tag === 'frequencies') for (const item of items) frequencies.push(item as [string, number]);
  }
  base.index.minisearch.index = terms as SavedIndex['index']['minisearch']['index'];
  if (base.index.units) base.index.units.index = unitTerms as SavedIndex['index']['units']['index'];
  base.index.documentFrequency = Object.fromEntries(frequencies);
  return base;
}

const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The checked content between the header and the digest line, or why it cannot be used. */
function checkedBody(file: Buffer, fingerprint: string): { ok: true; body: Buffer } | { ok: false; reason: string } {
  const headerEnd = file.indexOf(10);
  const header = JSON.parse(file.toString('utf8', 0, headerEnd < 0 ? file.length : headerEnd)) as Record<string, unknown>;
  if (header.format !== FORMAT) return { ok: false, reason: 'saved index is in an older format' };
  if (header.fingerprint !== fingerprint) return { ok: false, reason: 'corpus or index code changed' };
  const trailerStart = file.lastIndexOf(10, file.length - 2) + 1;
  const trailer = JSON.parse(file.toString('utf8', trailerStart)) as Record<string, unknown>;
  if (headerEnd < 0 || trailerStart <= headerEnd || trailer.digest !== digestOf(file.subarray(0, trailerStart)))
    return { ok: false, reason: 'saved index does not match its digest (edited or damaged)' };
  return { ok: true, body: file.subarray(headerEnd + 1, trailerStart) };
}

export function readSavedIndex(cacheDir: string, fingerprint: string): CacheRead {
  const path = cacheFile(cacheDir);
  if (!existsSync(path)) return { ok: false, reason: 'no saved index' };
  let parsed: unknown;
  try {
    const checked = checkedBody(readFileSync(path), fingerprint);
    if (!checked.ok) return checked;
    parsed = parseBody(checked.body);
  } catch (error) {
    return { ok: false, reason: `saved index is corrupt (${(error as Error).message})` };
  }
  if (!looksLikeSavedIndex(parsed)) return { ok: false, reason: 'saved index is incomplete' };
  if (parsed.fingerprint !== fingerprint) return { ok: false, reason: 'corpus or index code changed' };
  return { ok: true, saved: parsed };
}

function* fileLines(saved: SavedIndex): Generator<string> {
  const hash = createHash('sha256');
  const header = `${JSON.stringify({ format: FORMAT, fingerprint: saved.fingerprint })}\n`;
  hash.update(header);
  yield header;
  for (const line of bodyLines(saved)) {
    hash.update(line);
    yield line;
  }
  yield `${JSON.stringify({ digest: hash.digest('hex') })}\n`;
}

export function writeSavedIndex(cacheDir: string, saved: SavedIndex): void {
  writeAtomically(cacheFile(cacheDir), fileLines(saved));
}
