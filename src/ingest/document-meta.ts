// Reads and checks a `<name>.meta.json` sidecar, or infers metadata for a file that has none.
import type { DocumentKind, DocumentMeta } from '../core/types.js';
import { cutGraphemes } from '../text/graphemes.js';

const KINDS: readonly DocumentKind[] = ['chronicle', 'whitepaper', 'plain'];
/** Ids go into passage ids (`${docId}:hash`), so no colon and no spaces. */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** An inferred title longer than this is cut (the first line may be a whole paragraph). */
const MAX_TITLE = 40;

export type MetaResult = { ok: true; meta: DocumentMeta; warnings: string[] } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optionalChecks: Record<string, (v: unknown) => boolean> = {
  shortTitle: (v) => typeof v === 'string',
  publisher: (v) => v === null || typeof v === 'string',
  date: (v) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v)),
  year: (v) => typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 10000,
  digitsStripped: (v) => typeof v === 'boolean',
  notes: (v) => Array.isArray(v) && v.every((n) => typeof n === 'string'),
  aliases: (v) => Array.isArray(v) && v.every((n) => typeof n === 'string' && n.trim() !== ''),
  source: (v) => typeof v === 'string',
};

/** Parses sidecar JSON; an error names the file and the field so the user can fix it. */
export function parseMeta(json: string, metaFile: string): MetaResult {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return { ok: false, error: `${metaFile} 不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）` };
  }
  if (!isRecord(value)) return { ok: false, error: `${metaFile} 应为一个 JSON 对象` };
  const { id, title, kind } = value;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    return { ok: false, error: `${metaFile} 的 id 缺失或无效（只能用字母、数字、. _ -，例如 "chronicle"）` };
  }
  if (typeof title !== 'string' || title.trim() === '') return { ok: false, error: `${metaFile} 缺少 title` };
  const warnings: string[] = [];
  let docKind: DocumentKind = 'plain';
  if (kind === undefined) warnings.push(`${metaFile} 未写 kind，按 "plain" 处理`);
  else if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind)) docKind = kind as DocumentKind;
  else return { ok: false, error: `${metaFile} 的 kind 应为 ${KINDS.join(' / ')} 之一` };
  for (const [field, check] of Object.entries(optionalChecks)) {
    if (value[field] !== undefined && !check(value[field])) return { ok: false, error: `${metaFile} 的 ${field} 格式不对` };
  }
  return { ok: true, meta: { ...(value as Partial<DocumentMeta>), id, title, kind: docKind }, warnings };
}

/** Id from a file name: lower case, runs of other characters become "-" (Chinese letters kept). */
export function slugFromFileName(file: string): string {
  const base = file
    .replace(/\.[^.]+$/u, '')
    .normalize('NFKC')
    .toLowerCase();
  const slug = base.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '');
  return slug === '' ? 'doc' : slug;
}

/** Metadata for a file without sidecar: id from the file name, title from the first non-empty line. */
export function inferMeta(file: string, text: string): DocumentMeta {
  const firstLine =
    text
      .split('\n')
      .map((l) => l.replace(/^#+\s*/u, '').trim())
      .find((l) => l !== '') ?? file;
  // Cut by grapheme: a title ending in half an emoji would be invalid text wherever it is shown.
  const title = cutGraphemes(firstLine, MAX_TITLE, '…');
  return { id: slugFromFileName(file), title, kind: 'plain' };
}
