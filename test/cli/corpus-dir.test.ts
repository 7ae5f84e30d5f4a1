import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { CORPUS_DIR } from '../ingest/real-corpus.js';
import { runEntry } from './run-cli.js';

// A server points the bot at its own folder: the answers come from that folder only, and the
// saved index is kept per folder, beside (not over) the default corpus's.

describe('CORPUS_DIR and --corpus', () => {
  const chronicleOnly = mkdtempSync(join(tmpdir(), 'qa-own-corpus-'));
  for (const name of ['cn-covid-cooperation-chronicle-2020-03.txt', 'cn-covid-cooperation-chronicle-2020-03.meta.json'])
    copyFileSync(join(CORPUS_DIR, name), join(chronicleOnly, name));
  const cache = mkdtempSync(join(tmpdir(), 'qa-own-cache-'));
  // The dictionaries every build reads, prepared once per install: in a bare cache folder the
  // first start prepared them again (~10 s), which under load ran past the test's time.
  const prepared = join(DEFAULT_PATHS.cacheDir, 'prepared');
  if (existsSync(prepared)) symlinkSync(prepared, join(cache, 'prepared'), 'dir');

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

  it('given files not loaded, then they are named at every start (saved index or not) and in /about', () => {
    const folder = mkdtempSync(join(tmpdir(), 'qa-own-corpus-'));
    writeFileSync(join(folder, 'notes.txt'), '公园笔记\n公园将于五月开放。');
    writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'nested.txt'), '公园笔记\n不会被读取。');
    // 25 documents without sidecars: their notes come after what was not loaded, which the console's first 20 lines show.
    for (let i = 1; i <= 25; i++) writeFileSync(join(folder, `note${i}.txt`), `笔记${i}\n第${i}条笔记的内容。`);
    const env = { INDEX_CACHE_DIR: cache };
    for (const start of ['built', 'from the saved index']) {
      const run = runEntry('src/cli/ask.ts', ['--corpus', folder, '/about'], '', env);
      expect(run.status, start).toBe(0);
      expect(run.stderr, start).toContain('已跳过 photo.txt：不是文本文件');
      expect(run.stderr, start).toContain('子文件夹 sub/');
      expect(run.stdout, start).toContain('未载入（2项）');
      const lines = run.stderr.split('\n');
      const firstSidecarNote = lines.findIndex((l) => l.includes('没有元数据文件'));
      expect(
        lines.findIndex((l) => l.includes('已跳过 photo.txt')),
        start,
      ).toBeLessThan(firstSidecarNote < 0 ? Number.POSITIVE_INFINITY : firstSidecarNote);
    }
  });

  it("given a question about a day that no entry stands under but a plain document writes, then that document's sentence", () => {
    const folder = mkdtempSync(join(tmpdir(), 'qa-own-corpus-'));
    writeFileSync(join(folder, 'park.txt'), '公园改造\n2023年4月12日，市园林局宣布启动中心公园改造计划。工程将持续两年。');
    const run = runEntry('src/cli/ask.ts', ['--json', '--corpus', folder, '/ask 2023年4月12日发生了什么'], '', { INDEX_CACHE_DIR: cache });
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as { items: { text: string }[] };
    expect(answer.items[0]?.text).toContain('市园林局宣布启动中心公园改造计划');
  });

  it("given npm run build-index --corpus DIR, then that folder is rebuilt (not the project's corpus)", () => {
    const run = runEntry('scripts/build-index.ts', ['--corpus', chronicleOnly], '', { INDEX_CACHE_DIR: cache });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`语料目录：${chronicleOnly}`);
    expect(run.stdout).toMatch(/^chronicle\t纪实\t\d+句\t\d+条\t[^\t]+\.txt\t《/m);
    expect(run.stdout).not.toMatch(/^whitepaper\t/m);
    expect(run.stdout).toMatch(/^索引已重建/m);
    const missing = runEntry('scripts/build-index.ts', ['--corpus', join(chronicleOnly, 'missing')], '', { INDEX_CACHE_DIR: cache });
    expect(missing.status).toBe(2);
  });

  it('given --corpus naming a missing folder, then start-up is refused naming --corpus', () => {
    const run = runEntry('src/main.ts', ['--corpus', join(chronicleOnly, 'missing')], '', { INDEX_CACHE_DIR: cache });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--corpus');
    expect(run.stderr).toContain('missing');
  });
});
