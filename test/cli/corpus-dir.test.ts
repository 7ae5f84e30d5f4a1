import { copyFileSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../ingest/real-corpus.js';
import { runEntry } from './run-cli.js';

// A server points the bot at its own folder: the answers come from that folder only, and the
// saved index is kept per folder, beside (not over) the default corpus's.

describe('CORPUS_DIR and --corpus', () => {
  const chronicleOnly = mkdtempSync(join(tmpdir(), 'qa-own-corpus-'));
  for (const name of ['cn-covid-cooperation-chronicle-2020-03.txt', 'cn-covid-cooperation-chronicle-2020-03.meta.json'])
    copyFileSync(join(CORPUS_DIR, name), join(chronicleOnly, name));
  const cache = mkdtempSync(join(tmpdir(), 'qa-own-cache-'));

  it('given CORPUS_DIR, then only its documents are answered from, and its index is saved in its own cache folder', () => {
    const run = runEntry('src/cli/ask.ts', ['--json', '/search 疫情防控'], '', { CORPUS_DIR: chronicleOnly, INDEX_CACHE_DIR: cache });
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { total: number; items: { doc: string }[] };
    expect(answer.total).toBeGreaterThan(0);
    expect(new Set(answer.items.map((i) => i.doc))).toEqual(new Set(['chronicle']));
    // Beside the dictionaries prepared for every corpus's builds (index/prepared-dictionaries.ts).
    const folders = readdirSync(cache).filter((name) => name !== 'prepared');
    expect(folders).toHaveLength(1);
    expect(existsSync(join(cache, folders[0]!, 'index.json'))).toBe(true);
  });

  it('given --corpus naming a missing folder, then start-up is refused naming --corpus', () => {
    const run = runEntry('src/main.ts', ['--corpus', join(chronicleOnly, 'missing')], '', { INDEX_CACHE_DIR: cache });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--corpus');
    expect(run.stderr).toContain('missing');
  });
});
