import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { createLogger } from '../../src/log.js';

/** A fresh corpus folder holding `files` (name → content), e.g. a user's own documents. */
export function tempCorpus(prefix: string, files: Record<string, string>): string {
  const corpusDir = mkdtempSync(join(tmpdir(), `qa-${prefix}-`));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(corpusDir, name), content);
  return corpusDir;
}

/** The real engine over a fresh corpus of `files`, with its own index cache and no logs. */
export function engineOver(prefix: string, files: Record<string, string>): Promise<Engine> {
  const corpusDir = tempCorpus(prefix, files);
  return createEngine({ corpusDir, cacheDir: mkdtempSync(join(tmpdir(), `qa-${prefix}-cache-`)), logger: createLogger('silent') });
}

/** A chronicle's text and its sidecar (kind chronicle, `year`), as files for tempCorpus or engineOver. */
export function chronicleFiles(id: string, year: number, text: string): Record<string, string> {
  return { [`${id}.txt`]: text, [`${id}.meta.json`]: JSON.stringify({ id, title: id, kind: 'chronicle', year }) };
}

/** A Markdown document (its lines) and its sidecar (`year` for headings that leave it out), as files for tempCorpus or engineOver. */
export function markdownFiles(id: string, title: string, year: number, lines: readonly string[]): Record<string, string> {
  return { [`${id}.md`]: lines.join('\n'), [`${id}.meta.json`]: JSON.stringify({ id, title, year }) };
}

/** A plain text document and its sidecar (kind plain; `meta` adds fields such as aliases), as files for tempCorpus or engineOver. */
export function plainFiles(id: string, title: string, text: string, meta: Record<string, unknown> = {}): Record<string, string> {
  return { [`${id}.txt`]: text, [`${id}.meta.json`]: JSON.stringify({ id, title, kind: 'plain', ...meta }) };
}

/** A real document of an eval corpus (`eval/<corpus>/<name>.*`, its text and sidecar), as files for tempCorpus or engineOver. */
export function evalDocumentFiles(
  corpus: string,
  name: string,
  extensions: readonly string[] = ['txt', 'meta.json'],
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const ext of extensions) files[`${name}.${ext}`] = readFileSync(join(PROJECT_ROOT, 'eval', corpus, `${name}.${ext}`), 'utf8');
  return files;
}
