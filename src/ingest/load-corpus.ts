// A corpus folder (documents: .txt/.md, and Word, web pages and PDFs converted to text first, with
// .meta.json sidecars) → ingested documents. A bad file is skipped with a warning; it never stops
// the others from loading.

import { createHash } from 'node:crypto';
import { type Dirent, opendirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, DocumentMeta, IngestedDocument } from '../core/types.js';
import { shownWithCodes } from '../text/invisible-characters.js';
import { convertDocuments } from './converted-documents.js';
import { decodeText } from './decode-text.js';
import type { Decoded } from './decoded.js';
import { CONVERTED_FILE, DOCUMENT_FILE, FORMATS_READ } from './document-formats.js';
import { inferMeta, parseMeta } from './document-meta.js';
import { ingestDocument } from './ingest-document.js';
import { normalizeRaw } from './normalize-raw.js';
import { readBytes } from './read-bytes.js';

/** A `Corpus` plus what the loader met on the way (skipped files, inferred metadata…). */
export interface LoadedCorpus extends Corpus {
  warnings: string[];
  /** What was not loaded and why (files skipped, folders and other files ignored): said at every start. */
  skipped: string[];
}

const META_SUFFIX = '.meta.json';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * File names in the order a person numbers them: runs of digits by value (n2 before n10), the
 * rest by code unit, so that a folder of 第1期 … 第12期 is read, cited and listed in order.
 */
export function byName(a: string, b: string): number {
  const runs = (name: string) => name.match(/\d+|\D+/gu) ?? [];
  const left = runs(a);
  const right = runs(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    const digits = /^\d/u.test(x) && /^\d/u.test(y);
    const order = digits ? Number(x) - Number(y) || byCodeUnits(x, y) : byCodeUnits(x, y);
    if (order !== 0) return order;
  }
  return left.length - right.length || byCodeUnits(a, b);
}

/** A corpus folder's entries, sorted by name (throws when the folder cannot be read). */
export function corpusEntries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
}

/** An entry's kind as the index's fingerprint and the folder's stamp record it (a file becoming a folder is a change). */
export const entryKind = (entry: Dirent): string => (entry.isFile() ? 'f' : entry.isDirectory() ? 'd' : entry.isSymbolicLink() ? 'l' : 'o');

/** Whether an entry is one the index is built from: a document or a sidecar, a plain file. */
export const isCorpusFile = (entry: Dirent): boolean =>
  entry.isFile() && (DOCUMENT_FILE.test(entry.name) || entry.name.endsWith(META_SUFFIX));

/**
 * Whether the index reads an entry's bytes: a corpus file, not hidden. A hidden one is only named
 * (as not read), so a document copied in under a hidden name changes nothing until it is renamed.
 */
export const isReadCorpusFile = (entry: Dirent): boolean => isCorpusFile(entry) && !entry.name.startsWith('.');

/** Whether a folder's entry is an empty sub-folder (said apart by the fingerprint, the watch's stamp and the notes). */
export const isEmptyFolderEntry = (dir: string, entry: Dirent): boolean => entry.isDirectory() && isEmptyFolder(join(dir, entry.name));

/** Whether a folder holds nothing, by reading one entry: the watch asks at every look, and a folder may hold 300,000 files. */
export function isEmptyFolder(path: string): boolean {
  try {
    const dir = opendirSync(path);
    try {
      return dir.readSync() === null;
    } finally {
      dir.closeSync();
    }
  } catch {
    return false; // unreadable: named, as before
  }
}

/** How many names a warning lists before "…". */
const LISTED = 10;
const listed = (names: string[]) => `${names.slice(0, LISTED).join('、')}${names.length > LISTED ? ` 等 ${names.length} 个` : ''}`;

/** The folder's documents and sidecars; what else is there is named in `skipped` (a user who put it there expects it read). */
function listFiles(dir: string, warnings: string[], skipped: string[]): string[] {
  let entries: Dirent[];
  try {
    entries = corpusEntries(dir);
  } catch (e) {
    warnings.push(`无法读取语料目录 ${dir}：${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
  // An empty folder holds nothing that will not be read.
  const folders = entries.filter((e) => e.isDirectory() && !isEmptyFolderEntry(dir, e)).map((e) => `${e.name}/`);
  const links = entries.filter((e) => e.isSymbolicLink()).map((e) => e.name);
  // A named pipe, socket or device under a document's name (fifo.txt) cannot be read as one.
  const special = entries.filter((e) => !e.isFile() && !e.isDirectory() && !e.isSymbolicLink()).map((e) => e.name);
  const others = entries.filter((e) => e.isFile() && !isCorpusFile(e) && !e.name.startsWith('.')).map((e) => e.name);
  // Hidden files (.draft.txt, macOS's ._notes.txt) are an editor's or a system's, not documents.
  const hidden = entries.filter((e) => e.isFile() && isCorpusFile(e) && e.name.startsWith('.')).map((e) => e.name);
  if (folders.length) skipped.push(`子文件夹 ${listed(folders)} 中的文件不会被读取：文档请直接放在语料目录中`);
  if (links.length) skipped.push(`符号链接 ${listed(links)} 已忽略：请放入文件本身`);
  if (special.length) skipped.push(`${listed(special)} 不是普通文件（管道、套接字或设备），已忽略`);
  if (others.length) skipped.push(`${listed(others)} 不是可读取的文档（${FORMATS_READ}），已忽略`);
  if (hidden.length) skipped.push(`隐藏文件 ${listed(hidden)} 已忽略（文件名以“.”开头）`);
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
}

/**
 * The sidecar name a document would use (`name.meta.json`), unless a `name.txt` stands beside a
 * `name.md`: then `name.meta.json` is the .txt's, and the .md's is `name.md.meta.json`.
 */
function sidecarNameFor(file: string, files: Set<string>): string {
  const sibling = file.replace(DOCUMENT_FILE, '.txt');
  return sibling !== file && files.has(sibling) ? `${file}${META_SUFFIX}` : file.replace(DOCUMENT_FILE, META_SUFFIX);
}

/** The document's sidecar: `name.txt.meta.json`, or its sidecarNameFor when it is there. */
function metaFileFor(file: string, files: Set<string>): string | null {
  const own = `${file}${META_SUFFIX}`;
  if (files.has(own)) return own;
  const named = sidecarNameFor(file, files);
  return files.has(named) ? named : null;
}

const stemOf = (file: string) => file.replace(DOCUMENT_FILE, '');

/**
 * Documents in the order ids are given: by name, except that name.txt comes before name.md, so
 * adding a name.md beside a name.txt never takes the .txt's id (the .md gets name-2).
 */
function inIdOrder(files: readonly string[]): string[] {
  const txtFirst = (f: string) => (/\.txt$/iu.test(f) ? 0 : 1);
  return [...files].sort((a, b) => byName(stemOf(a), stemOf(b)) || txtFirst(a) - txtFirst(b) || byName(a, b));
}

function readUtf8(path: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return null;
  }
}

function readDocument(path: string): Decoded {
  const bytes = readBytes(path);
  return 'reason' in bytes ? { ok: false, reason: bytes.reason } : decodeText(bytes);
}

/** An id not yet taken: the inferred one, or it with -2, -3… (two files may slug alike: "a b.txt", "a-b.txt"). */
function freeId(id: string, taken: Map<string, string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/**
 * The document's metadata: its sidecar's, repaired field by field where it is wrong, or inferred
 * (id from the file name, title from the first line) when there is none or it is not JSON at all.
 * A document is never lost to its sidecar: every repair is a warning naming the file.
 */
function metaFor(
  dir: string,
  file: string,
  text: string,
  files: Set<string>,
  warnings: string[],
  taken: Map<string, string>,
  title?: string,
): { meta: DocumentMeta; notes: string[] } {
  // A web page's <title> or a Word file's Title paragraph names it, as a first line would.
  const guessed = { ...inferMeta(file, text), ...(title ? { title } : {}) };
  const inferred = { ...guessed, id: freeId(guessed.id, taken) };
  const metaFile = metaFileFor(file, files);
  const json = metaFile === null ? null : readUtf8(join(dir, metaFile));
  const parsed =
    metaFile === null
      ? null
      : json === null
        ? { ok: false as const, error: `${metaFile} 无法读取或不是 UTF-8` }
        : parseMeta(json, metaFile, inferred);
  if (parsed?.ok) {
    warnings.push(...parsed.warnings);
    return { meta: parsed.meta, notes: parsed.warnings };
  }
  const why = parsed ? `${parsed.error}，` : `${file} 没有元数据文件（${sidecarNameFor(file, files)}），`;
  const readAs = inferred.kind === 'chronicle' ? '按纪实载入（正文是日期标题和◆条目）' : '按纯文本载入';
  const note = `${why}${readAs}：id "${inferred.id}"，标题「${inferred.title}」`;
  warnings.push(note);
  return { meta: inferred, notes: [note] };
}

/**
 * Documents cited under the same title ("相同的标题 · 第1句" twice) cannot be told apart by a
 * reader: each is cited with its file name added, and a warning says so.
 */
function distinguishSameTitles(documents: IngestedDocument[], warnings: string[]): void {
  const label = (d: IngestedDocument) => d.meta.shortTitle ?? d.meta.title;
  const byLabel = new Map<string, IngestedDocument[]>();
  for (const doc of documents) byLabel.set(label(doc), [...(byLabel.get(label(doc)) ?? []), doc]);
  for (const [title, same] of byLabel) {
    if (same.length < 2) continue;
    for (const doc of same) doc.meta.shortTitle = `${title}（${doc.meta.file ?? doc.meta.id}）`;
    warnings.push(`${listed(same.map((d) => d.meta.file ?? d.meta.id))} 的标题相同（「${title}」），引用时加上文件名区分`);
  }
}

export function loadCorpus(dir: string): LoadedCorpus {
  const warnings: string[] = [];
  const skipped: string[] = [];
  const files = listFiles(dir, warnings, skipped);
  const fileSet = new Set(files);
  const documents: IngestedDocument[] = [];
  const seenIds = new Map<string, string>();
  const skip = (message: string) => {
    warnings.push(message);
    skipped.push(message);
  };

  // A copy of a document already read ("通知 - 副本.txt") would answer every question twice.
  const byContent = new Map<string, string>();
  // Word files, web pages and PDFs: converted to text at once, in a process of their own.
  const toConvert = files.filter((f) => CONVERTED_FILE.test(f));
  const converted = toConvert.length ? convertDocuments(dir, toConvert) : new Map<string, Decoded>();
  for (const file of inIdOrder(files.filter((f) => DOCUMENT_FILE.test(f)))) {
    const decoded = converted.get(file) ?? readDocument(join(dir, file));
    if (!decoded.ok) {
      skip(`已跳过 ${file}：${decoded.reason}`);
      continue;
    }
    // Line ends as the parsers expect them before anything reads lines (a title from CR-only text).
    const text = normalizeRaw(decoded.text);
    const digest = createHash('sha256').update(text).digest('hex');
    const original = byContent.get(digest);
    if (original !== undefined && text.trim() !== '') {
      skip(`已跳过 ${file}：内容与 ${original} 完全相同`);
      continue;
    }
    byContent.set(digest, file);
    const found = metaFor(dir, file, text, fileSet, warnings, seenIds, decoded.title);
    // The file as shown (in /about, citations' labels, warnings): its controls written as codes.
    const meta: DocumentMeta = { ...found.meta, file: shownWithCodes(file) };
    const owner = seenIds.get(meta.id);
    if (owner !== undefined) {
      // Two sidecars naming one id: the second document still loads, under a free one.
      const id = freeId(meta.id, seenIds);
      const note = `${file} 的 id "${meta.id}" 已被 ${owner} 使用，改用 "${id}"`;
      warnings.push(note);
      found.notes.push(note);
      meta.id = id;
    }
    seenIds.set(meta.id, file);
    const doc = ingestDocument(meta, text);
    const notes = decoded.note ? [`${file}：${decoded.note}`, ...found.notes] : found.notes;
    if (decoded.note) warnings.push(notes[0]!);
    doc.warnings.unshift(...notes);
    documents.push(doc);
  }

  distinguishSameTitles(documents, warnings);
  for (const f of files.filter((n) => n.endsWith(META_SUFFIX))) {
    const hasDocument = files.some((d) => DOCUMENT_FILE.test(d) && metaFileFor(d, fileSet) === f);
    if (!hasDocument) warnings.push(`${f} 没有对应的文档（${FORMATS_READ}），已忽略`);
  }
  for (const message of skipped) if (!warnings.includes(message)) warnings.push(message);
  // File names go into these as they are: shown on a terminal, their controls must not act.
  for (const doc of documents) doc.warnings = doc.warnings.map(shownWithCodes);
  return { documents, warnings: warnings.map(shownWithCodes), skipped: skipped.map(shownWithCodes) };
}
