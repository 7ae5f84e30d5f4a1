import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTocBounds, parseToc } from '../../src/ingest/whitepaper-toc.js';
import { rotateClauses } from './rotate-clauses.js';

// The N× benchmark corpus: every starting document plus N−1 copies with their clauses rotated
// (rotate-clauses.ts), each with its own sidecar (distinct id and short title, no aliases, so a
// question naming 白皮书 still means the original). Structure is kept: a chronicle's date headings
// and ◆ entries stay as they are; a white paper's header and table of contents stay verbatim and
// its headings, located as the ingester locates them, stay at the start of their stretch.
// Deterministic: the same sources and N give the same files, in a folder named after their hash
// (reused when it exists, so its saved index is reused too).

const GENERATOR_VERSION = 1;

interface Meta {
  id: string;
  title: string;
  shortTitle?: string;
  kind?: string;
  aliases?: string[];
  [key: string]: unknown;
}

/** A white paper's text with only the body between its headings rotated. */
function rotateWhitepaper(text: string, k: number): string {
  const bounds = findTocBounds(text);
  const headings = bounds ? parseToc(text.slice(bounds.tocStart, bounds.tocEnd), text, bounds.tocEnd) : null;
  if (!bounds || !headings) return rotateClauses(text, k);
  let out = text.slice(0, bounds.tocEnd);
  let at = bounds.tocEnd;
  for (const h of headings) {
    out += rotateClauses(text.slice(at, h.bodyStart), k) + text.slice(h.bodyStart, h.bodyEnd);
    at = h.bodyEnd;
  }
  return out + rotateClauses(text.slice(at), k);
}

function copyOf(text: string, meta: Meta, k: number): { text: string; meta: Meta } {
  const { aliases: _aliases, ...rest } = meta;
  return {
    text: meta.kind === 'whitepaper' ? rotateWhitepaper(text, k) : rotateClauses(text, k),
    meta: { ...rest, id: `${meta.id}-x${k}`, shortTitle: `${meta.shortTitle ?? meta.title}·副本${k}` },
  };
}

function documentsIn(dir: string): { stem: string; ext: string; text: string; meta: Meta }[] {
  return readdirSync(dir)
    .filter((n) => /\.(txt|md)$/.test(n))
    .sort()
    .map((name) => {
      const ext = name.slice(name.lastIndexOf('.'));
      const stem = name.slice(0, -ext.length);
      const meta = JSON.parse(readFileSync(join(dir, `${stem}.meta.json`), 'utf8')) as Meta;
      return { stem, ext, text: readFileSync(join(dir, name), 'utf8'), meta };
    });
}

/** Writes (or reuses) the N× corpus built from `sourceDir`; returns its folder. */
export function scaledCorpus(sourceDir: string, scale: number): string {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer (got ${scale})`);
  const docs = documentsIn(sourceDir);
  const hash = createHash('sha256').update(`v${GENERATOR_VERSION}:${scale}\n`);
  for (const d of docs) hash.update(`${d.stem}\n${d.text}\n${JSON.stringify(d.meta)}\n`);
  const dir = join(tmpdir(), `qa-corpus-x${scale}-${hash.digest('hex').slice(0, 10)}`);
  if (existsSync(dir)) return dir;
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const d of docs) {
    writeFileSync(join(staging, `${d.stem}${d.ext}`), d.text);
    writeFileSync(join(staging, `${d.stem}.meta.json`), JSON.stringify(d.meta, null, 2));
    for (let k = 1; k < scale; k++) {
      const copy = copyOf(d.text, d.meta, k);
      const name = `${d.stem}.x${String(k).padStart(3, '0')}`;
      writeFileSync(join(staging, `${name}${d.ext}`), copy.text);
      writeFileSync(join(staging, `${name}.meta.json`), JSON.stringify(copy.meta, null, 2));
    }
  }
  renameSync(staging, dir);
  return dir;
}
