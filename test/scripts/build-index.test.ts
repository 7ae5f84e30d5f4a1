import { copyFileSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { runEntry } from '../cli/run-cli.js';
import { CORPUS_DIR } from '../ingest/real-corpus.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { tempCorpus } from '../support/temp-corpus.js';

// npm run build-index lists what reading repaired; its footer invited LOG_LEVEL=debug to list
// each repair, which over a folder with none listed nothing.

const cache = mkdtempSync(join(tmpdir(), 'qa-build-index-cache-'));
// The dictionaries every build reads, prepared once per install (corpus-dir.test.ts says why).
const prepared = join(DEFAULT_PATHS.cacheDir, 'prepared');
if (existsSync(prepared)) symlinkSync(prepared, join(cache, 'prepared'), 'dir');

const buildIndex = (folder: string, env: Record<string, string> = {}) =>
  runEntry('scripts/build-index.ts', ['--corpus', folder], '', { INDEX_CACHE_DIR: cache, ...env });

describe('npm run build-index', () => {
  it('given documents reading repaired nothing in, then nothing is said of repairs, nor LOG_LEVEL offered', () => {
    const run = buildIndex(tempCorpus('build-index', SERVER_DOCUMENTS));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^索引已重建，用时 \d+ ms：共 \d+ 句$/m);
    expect(run.stdout).not.toMatch(/LOG_LEVEL|修复/);
  });

  it.each([
    ['the console (LOG_LEVEL unset)', { LOG_LEVEL: '' }],
    ['a JSON log at warn', { LOG_LEVEL: 'warn' }],
  ])('given a chronicle with broken lines, then each repair is listed in %s', (_, env) => {
    const folder = mkdtempSync(join(tmpdir(), 'qa-build-index-'));
    for (const name of ['cn-covid-cooperation-chronicle-2020-03.txt', 'cn-covid-cooperation-chronicle-2020-03.meta.json'])
      copyFileSync(join(CORPUS_DIR, name), join(folder, name));
    const run = buildIndex(folder, env);
    expect(run.status).toBe(0);
    const count = Number(/^读取时的修复（(\d+)处）：$/m.exec(run.stdout)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(run.stdout.match(/^ {2}chronicle: .+$/gm)).toHaveLength(count);
    // Debug lines are kept for the listing, not written to a log shown at warn.
    expect(run.stderr).not.toContain('corpus repair');
  });
});
