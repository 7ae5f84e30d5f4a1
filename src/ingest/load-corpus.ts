// A corpus folder (.txt/.md files with .meta.json sidecars) → ingested documents. A bad file is
// skipped with a warning; it never stops the others from loading.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, DocumentMeta, IngestedDocument } from '../core/types.js';
import { inferMeta, parseMeta } from './document-meta.js';
import { ingestDocument } from './ingest-document.js';

/** A `Corpus` plus what the loader met on the way (skipped files, inferred metadata…). */
export interface LoadedCorpus extends Corpus {
  warnings: string[];
}

const DOCUMENT_FILE = /\.(txt|md)$/iu;
const META_SUFFIX = '.meta.json';

function listFiles(dir: string, warnings: string[]): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (e) {
    warnings.push(`无法读取语料目录 ${dir}：${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
}

/** `name.meta.json` beside `name.txt` (also accepted: `name.txt.meta.json`). */
function metaFileFor(file: string, files: Set<string>): string | null {
  const candidates = [file.replace(DOCUMENT_FILE, META_SUFFIX), `${file}${META_SUFFIX}`];
  return candidates.find((c) => files.has(c)) ?? null;
}

function readUtf8(path: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return null;
  }
}

/** Reads the document's metadata; null (with a warning) when its sidecar is unusable. */
function metaFor(
  dir: string,
  file: string,
  text: string,
  files: Set<string>,
  warnings: string[],
): { meta: DocumentMeta; notes: string[] } | null {
  const metaFile = metaFileFor(file, files);
  if (metaFile === null) {
    const meta = inferMeta(file, text);
    const note = `${file} 没有元数据文件（${file.replace(DOCUMENT_FILE, META_SUFFIX)}），按纯文本载入：id "${meta.id}"，标题「${meta.title}」`;
    warnings.push(note);
    return { meta, notes: [note] };
  }
  const json = readUtf8(join(dir, metaFile));
  const parsed = json === null ? { ok: false as const, error: `${metaFile} 无法读取或不是 UTF-8` } : parseMeta(json, metaFile);
  if (!parsed.ok) {
    warnings.push(`已跳过 ${file}：${parsed.error}`);
    return null;
  }
  warnings.push(...parsed.warnings);
  return { meta: parsed.meta, notes: parsed.warnings };
}

export function loadCorpus(dir: string): LoadedCorpus {
  const warnings: string[] = [];
  const files = listFiles(dir, warnings);
  const fileSet = new Set(files);
  const documents: IngestedDocument[] = [];
  const seenIds = new Map<string, string>();

  for (const file of files.filter((f) => DOCUMENT_FILE.test(f))) {
    const text = readUtf8(join(dir, file));
    if (text === null) {
      warnings.push(`已跳过 ${file}：无法读取或不是 UTF-8 编码（请另存为 UTF-8）`);
      continue;
    }
    const found = metaFor(dir, file, text, fileSet, warnings);
    if (!found) continue;
    const meta: DocumentMeta = { ...found.meta, file };
    const owner = seenIds.get(meta.id);
    if (owner !== undefined) {
      warnings.push(`已跳过 ${file}：id "${meta.id}" 已被 ${owner} 使用`);
      continue;
    }
    seenIds.set(meta.id, file);
    const doc = ingestDocument(meta, text);
    doc.warnings.unshift(...found.notes);
    documents.push(doc);
  }

  for (const f of files.filter((n) => n.endsWith(META_SUFFIX))) {
    const hasDocument = files.some((d) => DOCUMENT_FILE.test(d) && metaFileFor(d, fileSet) === f);
    if (!hasDocument) warnings.push(`${f} 没有对应的 .txt/.md 文件，已忽略`);
  }
  return { documents, warnings };
}
