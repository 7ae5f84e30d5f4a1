import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Word, web-page and PDF fixtures (written by scripts/make-document-fixtures.ts, the .html by hand). */
export const DOCUMENT_FIXTURES = fileURLToPath(new URL('../ingest/fixtures/documents/', import.meta.url));

export const fixtureBytes = (name: string): Uint8Array => readFileSync(join(DOCUMENT_FIXTURES, name));

/** A fresh corpus folder holding the named fixtures, and `files` (name → content) beside them. */
export function fixtureCorpus(prefix: string, fixtures: readonly string[], files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `qa-${prefix}-`));
  for (const name of fixtures) copyFileSync(join(DOCUMENT_FIXTURES, name), join(dir, name));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
