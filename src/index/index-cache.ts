import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, IngestedDocument } from '../core/types.js';
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
//   the saved index without the documents and term lists below
//   ["document", {...}] then ["passages", [...]] / ["entries", [...]] / ["sections", [...]]
//       each document without its lists, then its lists in chunks
//   ["terms", [...]] / ["frequencies", [...]]   the word index's terms, in chunks
//   ["bigrams", ["<base64>"]]   the bigram postings' bytes, in chunks
//   {"digest"}   sha256 of every byte before this line
// Written as it is produced: no string ever holds the whole file (one JSON of a 50 MB corpus
// passes V8's ~512 MB string limit) nor the whole corpus (at 50 MB its one line was a few hundred
// MB at the build's peak, as a string and twice more as UTF-8), and the digest is computed on the way.

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
const FORMAT = 'corpus-qa-index/4';
/** Characters per chunk line: far below V8's string limit, large enough to parse quickly. */
const CHUNK_CHARS = 8_000_000;
/** Bytes of bigram postings per chunk line (base64 makes 4 characters of 3 bytes). */
const bytesPerChunk = (chunkChars: number) => Math.max(3, Math.floor(chunkChars / 4) * 3);

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

/** Lines of `[tag, items]`, each at most about CHUNK_CHARS long (one term's postings may be long). */
function* chunks(tag: string, items: Iterable<unknown>, chunkChars: number): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  const flush = () => `[${JSON.stringify(tag)},[${parts.join(',')}]]\n`;
  for (const item of items) {
    const json = JSON.stringify(item);
    parts.push(json);
    length += json.length + 1;
    if (length >= chunkChars) {
      yield flush();
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield flush();
}

/** The file's lines after the header. */
function* bodyLines(saved: SavedIndex, chunkChars: number): Generator<string> {
  const { minisearch, wordFrequency, bigrams } = saved.index;
  const base = {
    ...saved,
    corpus: { ...saved.corpus, documents: [] },
    index: { minisearch: { ...minisearch, index: [] }, wordFrequency: {}, bigrams: null },
  };
  yield `${JSON.stringify(base)}\n`;
  for (const { passages, entries, sections, ...document } of saved.corpus.documents) {
    yield `${JSON.stringify(['document', document])}\n`;
    yield* chunks('passages', passages, chunkChars);
    yield* chunks('entries', entries, chunkChars);
    yield* chunks('sections', sections, chunkChars);
  }
  yield* chunks('terms', minisearch.index, chunkChars);
  yield* chunks('frequencies', entries(wordFrequency), chunkChars);
  yield* chunks('bigrams', base64Pieces(bigrams, bytesPerChunk(chunkChars)), chunkChars);
}

/** Object.entries without the array of every entry. */
function* entries<V>(record: Record<string, V>): Generator<[string, V]> {
  for (const key in record) yield [key, record[key] as V];
}

function* base64Pieces(bytes: Uint8Array, size: number): Generator<string> {
  for (let at = 0; at < bytes.length; at += size)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(size, bytes.length - at)).toString('base64');
}

/** The lines of `body`, each parsed as JSON as it is reached (never all held as text at once). */
function* parsedLines(body: Buffer): Generator<unknown> {
  for (let start = 0; start < body.length; ) {
    const end = body.indexOf(10, start);
    const stop = end < 0 ? body.length : end;
    yield JSON.parse(body.toString('utf8', start, stop));
    start = stop + 1;
  }
}

/** Pushes one at a time: spreading a chunk of a million items into push() overflows the stack. */
function append(list: unknown[], items: unknown[]): void {
  for (const item of items) list.push(item);
}

function parseBody(body: Buffer): unknown {
  const lines = parsedLines(body);
  const base = lines.next().value as SavedIndex;
  if (!looksLikeSavedIndex(base)) return base;
  const terms: unknown[] = [];
  const frequencies: Record<string, number> = {};
  const bigrams: Buffer[] = [];
  const documents = base.corpus.documents;
  const current = (): IngestedDocument => {
    const document = documents[documents.length - 1];
    if (document === undefined) throw new Error('document lists before any document');
    return document;
  };
  for (const line of lines) {
    const [tag, items] = line as [string, unknown[]];
    if (tag === 'document') documents.push({ ...(items as unknown as IngestedDocument), passages: [], entries: [], sections: [] });
    else if (tag === 'passages' || tag === 'entries' || tag === 'sections') append(current()[tag], items);
    else if (tag === 'terms') append(terms, items);
    else if (tag === 'frequencies') for (const [word, n] of items as [string, number][]) frequencies[word] = n;
    else if (tag === 'bigrams') for (const item of items) bigrams.push(Buffer.from(String(item), 'base64'));
  }
  base.index.minisearch.index = terms as SavedIndex['index']['minisearch']['index'];
  base.index.wordFrequency = frequencies;
  base.index.bigrams = Buffer.concat(bigrams);
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

function* fileLines(saved: SavedIndex, chunkChars: number): Generator<string> {
  const hash = createHash('sha256');
  const header = `${JSON.stringify({ format: FORMAT, fingerprint: saved.fingerprint })}\n`;
  hash.update(header);
  yield header;
  for (const line of bodyLines(saved, chunkChars)) {
    hash.update(line);
    yield line;
  }
  yield `${JSON.stringify({ digest: hash.digest('hex') })}\n`;
}

/** `chunkChars`: size of the term chunks (tests make it small to get many). */
export function writeSavedIndex(cacheDir: string, saved: SavedIndex, chunkChars = CHUNK_CHARS): void {
  writeAtomically(cacheFile(cacheDir), fileLines(saved, chunkChars));
}
