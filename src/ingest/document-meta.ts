// Reads and checks a `<name>.meta.json` sidecar, or infers metadata for a file that has none.

import type { DocumentKind, DocumentMeta } from '../core/types.js';
import { cutGraphemes } from '../text/graphemes.js';
import { visibleText } from '../text/invisible-characters.js';
import { looksLikeChronicle } from './chronicle-lines.js';
import { frontMatterLines, frontMatterTitle } from './front-matter.js';
import { inlineText, markdownText } from './markdown-text.js';
import { isChapterHeading } from './part-headings.js';
import { endsSentence } from './sentences.js';

const KINDS: readonly DocumentKind[] = ['chronicle', 'whitepaper', 'plain'];
/** Ids go into passage ids (`${docId}:hash`), so no colon and no spaces. */
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** An inferred title longer than this is cut (the first line may be a whole paragraph). */
const MAX_TITLE = 40;

export type MetaResult = { ok: true; meta: DocumentMeta; warnings: string[] } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isRealDay = (v: string): boolean => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** A field's value as the metadata wants it, or undefined when it cannot be (the field is then left out, with a warning). */
const optionalFields: Record<string, (v: unknown) => unknown> = {
  shortTitle: (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined),
  publisher: (v) => (v === null || typeof v === 'string' ? v : undefined),
  date: (v) => (v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v) && isRealDay(v)) ? v : undefined),
  year: (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 10000 ? v : undefined),
  digitsStripped: (v) => (typeof v === 'boolean' ? v : undefined),
  notes: (v) => (Array.isArray(v) && v.every((n) => typeof n === 'string') ? v : undefined),
  aliases: (v) => (Array.isArray(v) && v.every((n) => typeof n === 'string' && n.trim() !== '') ? v : undefined),
  source: (v) => (typeof v === 'string' ? v : undefined),
};

/** Fields no code reads, kept for the people who read the sidecar. */
const FREE_FIELDS = ['period'];

const HINTS: Record<string, string> = { date: '，应为 "2020-05-01" 这样的真实日期', year: '，应为四位数的年份' };

/**
 * Parses sidecar JSON. A sidecar is the user's note about a document: a mistake in one field
 * (year written "2020", kind "news", no title) costs that field, with a warning naming the file
 * and the field, never the document. `inferred` stands in for what is missing or unusable.
 * Only text that is not a JSON object at all is an error (the loader then reads the document as
 * if it had no sidecar).
 */
export function parseMeta(json: string, metaFile: string, inferred: DocumentMeta): MetaResult {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return { ok: false, error: `${metaFile} 不是有效的 JSON（${whereJsonFails(json, e)}）` };
  }
  if (!isRecord(value)) return { ok: false, error: `${metaFile} 应为一个 JSON 对象` };
  const warnings: string[] = [];
  const { id, title, kind } = value;
  const meta: DocumentMeta = { id: inferred.id, title: inferred.title, kind: inferred.kind };
  if (typeof id === 'string' && ID_PATTERN.test(id)) meta.id = id;
  else
    warnings.push(
      id === undefined
        ? `${metaFile} 没有 id，按文件名用 "${inferred.id}"`
        : `${metaFile} 的 id 无效（只能用文字、数字和 . _ -），按文件名用 "${inferred.id}"`,
    );
  if (typeof title === 'string' && title.trim() !== '') meta.title = title;
  else warnings.push(`${metaFile} 缺少 title，改用「${inferred.title}」（正文第一行，或它是句子时用文件名）`);
  // Without a kind it can use, the text's layout says which (looksLikeChronicle).
  const readAs = `按 "${inferred.kind}" 处理${inferred.kind === 'chronicle' ? '（正文是日期标题和◆条目）' : ''}`;
  if (kind === undefined) warnings.push(`${metaFile} 未写 kind，${readAs}`);
  else if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind)) meta.kind = kind as DocumentKind;
  else warnings.push(`${metaFile} 的 kind ${JSON.stringify(kind)} 不认识，${readAs}（可用：${KINDS.join(' / ')}）`);
  if (typeof value.year === 'string' && /^\d{4}$/u.test(value.year.trim())) {
    warnings.push(`${metaFile} 的 year 写成了字符串 "${value.year}"，已按数字 ${value.year.trim()} 读取`);
    value.year = Number(value.year);
  }
  for (const [field, read] of Object.entries(optionalFields)) {
    if (value[field] === undefined) continue;
    const parsed = read(value[field]);
    if (parsed === undefined) warnings.push(`${metaFile} 的 ${field} 格式不对${HINTS[field] ?? ''}，已忽略`);
    else (meta as unknown as Record<string, unknown>)[field] = parsed;
  }
  // Kept as written, unchecked: notes for people (the shipped sidecars' `period`).
  for (const field of FREE_FIELDS) if (value[field] !== undefined) (meta as unknown as Record<string, unknown>)[field] = value[field];
  const known = ['id', 'title', 'kind', ...FREE_FIELDS, ...Object.keys(optionalFields)];
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length)
    warnings.push(
      `${metaFile} 有不认识的字段 ${unknown.join('、')}，已忽略（可用：id、title、kind、${Object.keys(optionalFields).join('、')}）`,
    );
  return { ok: true, meta, warnings };
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

/** Where a sidecar's JSON breaks, in words the user can act on (the parser says it in English). */
function whereJsonFails(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/u.exec(message)?.[1];
  if (position === undefined) return /end of JSON/iu.test(message) ? '内容不完整，可能缺少 } 或 "' : '格式有误';
  const before = json
    .replace(/^\uFEFF/u, '')
    .slice(0, Number(position))
    .split('\n');
  // The parser counts UTF-16 units; a reader counts characters (an emoji is one).
  return `第${before.length}行第${[...(before[before.length - 1] ?? '')].length + 1}个字符附近有误，例如缺少引号或多了逗号`;
}

/** A file's name without its folder and extension (新闻 一.txt → 新闻 一). */
function fileTitle(file: string): string {
  // A title is read in every citation: a file name's controls are dropped from it.
  const base = visibleText(file.split(/[\\/]/u).pop() ?? file);
  return base.replace(/\.[^.]+$/u, '') || base;
}

/**
 * A line that ends as a sentence does: 。！？, or an English full stop after a word in a line of
 * several words ("The bylaws were adopted in 1990."), which a title never is; a full stop alone is
 * not enough ("v1.0", "Dr.").
 */
function readsAsSentence(line: string): boolean {
  return endsSentence(line) || (/[a-z0-9]{2}\.["'”’)]*$/iu.test(line) && line.trim().split(/\s+/u).length >= 4);
}

/** Metadata for a file without sidecar: id from the file name, title from the first non-empty line unless it is a sentence. */
export function inferMeta(file: string, text: string): DocumentMeta {
  const lines = text.split('\n');
  // Markdown front matter names the title itself; else the first line shown (a comment, a fence or
  // indented code is not the title).
  const shown = /\.(md|markdown)$/iu.test(file) ? markdownText(lines).lines.map((l) => l.text) : lines.slice(frontMatterLines(lines));
  const shownFirst = shown.map((l) => inlineText(l.replace(/^#+\s*/u, '')).trim()).find((l) => l !== '');
  // A first line that is a sentence (2021年5月3日，…会谈。) is the text's start, not a title: the
  // file's name names the document then, rather than a sentence cut short in every citation.
  // Nor is a chapter heading (第一节 背景): it is the first part's, and the file's name names the whole.
  const titled = shownFirst !== undefined && !readsAsSentence(shownFirst) && !isChapterHeading(shownFirst);
  const firstLine = frontMatterTitle(lines) ?? (titled ? shownFirst : fileTitle(file));
  // Cut by grapheme: a title ending in half an emoji would be invalid text wherever it is shown.
  const title = cutGraphemes(firstLine, MAX_TITLE, '…');
  return { id: slugFromFileName(file), title, kind: looksLikeChronicle(text) ? 'chronicle' : 'plain' };
}
