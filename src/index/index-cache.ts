import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import type { Corpus, IngestedDocument } from '../core/types.js';
import { writeAtomically } from '../core/write-atomically.js';
import { loadDocument, type PassageStrings, type SavedDocument, type StringsRead, saveDocument } from './corpus-columns.js';
import { indexedPassages, type SavedPassageIndex } from './passage-index.js';
import { type BodyValue, openSavedFile } from './saved-file-reader.js';
import { stringBlockBytes, stringBlockFromBytes } from './string-block.js';
import { isSavedWords, type SavedWords, wordPostingsFromMiniSearch, wordPostingsToSaved } from './word-postings.js';

// The saved index: one file holding everything start-up needs (the ingested corpus, the word
// and bigram postings and the English lexicon), so a start with a valid cache never re-reads or
// re-parses the documents. Keyed by the corpus fingerprint; written atomically (temp + rename) so
// a crash mid-write leaves the previous file intact. Anything unreadable is reported as a
// reason to rebuild, never thrown.
//
// A quote bot must never quote what the corpus does not say, so the file carries a digest of its
// content: an edited or truncated file is rebuilt, not served. Layout, one JSON value per line:
//   {"format", "fingerprint", "code"}
//   the saved index without its documents and postings
//   ["bytes", "passage-ids" | "passage-texts", n]   every passage's id and text (string-block.ts)
//   ["document", {...}]   one line per document, passages as columns (corpus-columns.ts)
//   ["terms", [...]] / ["frequencies", [...]]   the word index's terms and frequencies, in chunks
//   ["bytes", "lexicon" | "words" | "bigrams", n]   followed by n raw bytes and a newline: the
//      lexicon's JSON text (parsed when first used), word-postings.ts, bigram-postings.ts
//   {"digest"}   sha256 of every byte before this line
// Written as it is produced: no string ever holds the whole file (one JSON of a 50 MB corpus
// passes V8's ~512 MB string limit), and the digest is computed on the way. Postings are raw
// bytes so that reading them is a copy, not a parse.

export interface SavedIndex {
  fingerprint: string;
  /** The indexing code that built it (fingerprint.ts's indexingCodeDigest); absent in files of earlier versions. */
  code?: string;
  builtAt: string;
  /** Hash of the corpus-restricted jieba dictionary files written beside the index. */
  dictionaryHash: string;
  corpus: Corpus;
  index: SavedPassageIndex;
  /** English lexicon data (its JSON text when read from a file), validated by its own module when parsed. */
  lexicon: unknown;
  /** Country gazetteer entities (built from i18n-iso-countries + OpenCC), validated when read back. */
  gazetteer?: unknown;
}

/** `stale`: built for the folder as it was, by the same indexing code (read only when asked: ReadOptions). */
export type CacheRead = { ok: true; saved: SavedIndex; stale?: true } | { ok: false; reason: string };

export interface ReadOptions {
  /** Read a saved index of another fingerprint too, when this code built it (a changed folder served until rebuilt). */
  staleWithCode?: string;
}

const FILE_NAME = 'index.json';
const FORMAT = 'corpus-qa-index/7';
/** Characters per chunk line: far below V8's string limit, large enough to parse quickly. */
const CHUNK_CHARS = 8_000_000;

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
    typeof (v.index as Record<string, unknown>).characters === 'object' &&
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

/** The word index as saved: MiniSearch's JSON (a fresh build) is turned into postings here. */
function savedWords(saved: SavedIndex): SavedWords {
  const words = saved.index.minisearch;
  if (isSavedWords(words)) return words;
  const ids = indexedPassages(saved.corpus).map((p) => p.id);
  // A fresh build's terms are serialised one at a time as they are read (minisearch-terms.ts).
  return wordPostingsToSaved(wordPostingsFromMiniSearch(words as AsPlainObject, ids));
}

function* bytesLines(name: string, bytes: Uint8Array): Generator<string | Uint8Array> {
  yield `${JSON.stringify(['bytes', name, bytes.byteLength])}\n`;
  yield bytes;
  yield '\n';
}

/** The file's lines after the header. */
function* bodyLines(saved: SavedIndex, chunkChars: number): Generator<string | Uint8Array> {
  const words = savedWords(saved);
  const base = {
    ...saved,
    lexicon: null,
    corpus: { ...saved.corpus, documents: [] },
    index: {
      minisearch: { terms: [], averageLength: words.averageLength },
      wordFrequency: {},
      bigrams: null,
      characters: saved.index.characters,
    },
  };
  yield `${JSON.stringify(base)}\n`;
  const strings: PassageStrings = { ids: [], texts: [] };
  const documents = saved.corpus.documents.map((doc) => saveDocument(doc, strings));
  // Before the documents, which take their passages' strings from them as they are read.
  yield* bytesLines('passage-ids', stringBlockBytes(strings.ids));
  yield* bytesLines('passage-texts', stringBlockBytes(strings.texts));
  for (const doc of documents) yield `${JSON.stringify(['document', doc])}\n`;
  yield* chunks('terms', words.terms, chunkChars);
  yield* chunks('frequencies', Object.entries(saved.index.wordFrequency), chunkChars);
  // As JSON text in a byte block: start-up keeps it unparsed until first used (core/lazy.ts).
  const lexicon = typeof saved.lexicon === 'string' ? saved.lexicon : JSON.stringify(saved.lexicon ?? null);
  yield* bytesLines('lexicon', Buffer.from(lexicon));
  yield* bytesLines('words', words.bytes);
  yield* bytesLines('bigrams', saved.index.bigrams);
}

function parseBody(body: Generator<BodyValue>): unknown {
  const first = body.next().value;
  const base = (first?.kind === 'line' ? first.value : null) as SavedIndex;
  if (!looksLikeSavedIndex(base)) return base;
  const documents: IngestedDocument[] = [];
  const terms: string[] = [];
  const frequencies: [string, number][] = [];
  const bytes = new Map<string, Uint8Array>();
  let strings: StringsRead | null = null;
  const stringsRead = (): StringsRead => {
    const [ids, texts] = ['passage-ids', 'passage-texts'].map((name) => stringBlockFromBytes(bytes.get(name) ?? new Uint8Array(), name));
    if (ids!.count !== texts!.count) throw new Error('saved passage ids and texts do not match');
    return { ids: ids!, texts: texts!, next: 0 };
  };
  for (const item of body) {
    if (item.kind === 'bytes') {
      bytes.set(item.name, item.bytes);
      continue;
    }
    const [tag, items] = item.value as [string, unknown];
    if (tag === 'document') {
      strings ??= stringsRead();
      documents.push(loadDocument(items as SavedDocument, strings));
    } else if (tag === 'terms') for (const term of items as string[]) terms.push(term);
    else if (tag === 'frequencies') for (const pair of items as [string, number][]) frequencies.push(pair);
  }
  if (strings && strings.next !== strings.ids.count) throw new Error('saved passages are fewer than their strings');
  const words = base.index.minisearch as unknown as SavedWords;
  base.corpus.documents = documents;
  base.index.minisearch = { terms, averageLength: words.averageLength, bytes: bytes.get('words') ?? new Uint8Array() };
  base.index.wordFrequency = Object.fromEntries(frequencies);
  base.index.bigrams = bytes.get('bigrams') ?? new Uint8Array();
  const lexicon = bytes.get('lexicon');
  base.lexicon = lexicon ? Buffer.from(lexicon.buffer, lexicon.byteOffset, lexicon.byteLength).toString('utf8') : null;
  return base;
}

const MISMATCH = 'saved index does not match its digest (edited or damaged)';

/** The saved index in the file, or why it cannot be used: parsed as read, used only if its digest matches. */
function readChecked(path: string, fingerprint: string, options: ReadOptions): CacheRead {
  const file = openSavedFile(path);
  try {
    if (file.header.format !== FORMAT) return { ok: false, reason: 'saved index is in an older format' };
    const stale = file.header.fingerprint !== fingerprint;
    if (stale && !(options.staleWithCode !== undefined && file.header.code === options.staleWithCode))
      return { ok: false, reason: 'corpus or index code changed' };
    const body = file.body();
    let parsed: unknown;
    try {
      parsed = parseBody(body);
      for (const _ of body); // what parseBody left unread is still hashed
    } catch (error) {
      // A damaged file fails to parse or to match its digest; the digest says which.
      if (file.trailer().digest === file.digestFromStart()) throw error;
      return { ok: false, reason: MISMATCH };
    }
    if (file.trailer().digest !== file.digest()) return { ok: false, reason: MISMATCH };
    if (!looksLikeSavedIndex(parsed)) return { ok: false, reason: 'saved index is incomplete' };
    if (parsed.fingerprint !== file.header.fingerprint) return { ok: false, reason: MISMATCH };
    return stale ? { ok: true, saved: parsed, stale } : { ok: true, saved: parsed };
  } finally {
    file.close();
  }
}

/** What the saved index's header says: the fingerprint it was built for and the code that built it (null: none, or another format). */
export function savedHeader(cacheDir: string): { fingerprint: string; code: string | null } | null {
  const path = cacheFile(cacheDir);
  if (!existsSync(path)) return null;
  try {
    const file = openSavedFile(path);
    try {
      const { format, fingerprint, code } = file.header;
      if (format !== FORMAT || typeof fingerprint !== 'string') return null;
      return { fingerprint, code: typeof code === 'string' ? code : null };
    } finally {
      file.close();
    }
  } catch {
    return null;
  }
}

export function readSavedIndex(cacheDir: string, fingerprint: string, options: ReadOptions = {}): CacheRead {
  const path = cacheFile(cacheDir);
  if (!existsSync(path)) return { ok: false, reason: 'no saved index' };
  try {
    return readChecked(path, fingerprint, options);
  } catch (error) {
    return { ok: false, reason: `saved index is corrupt (${(error as Error).message})` };
  }
}

function* fileLines(saved: SavedIndex, chunkChars: number): Generator<string | Uint8Array> {
  const hash = createHash('sha256');
  const header = `${JSON.stringify({ format: FORMAT, fingerprint: saved.fingerprint, code: saved.code })}\n`;
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
