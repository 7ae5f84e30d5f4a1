import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { corpusCacheDir } from '../../src/core/corpus-cache-dir.js';
import { createEngine } from '../../src/core/create-engine.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { START_UP } from '../../src/core/start-up-messages.js';
import { wordVectorsOrNull } from '../../src/core/word-vectors-file.js';
import { cacheFile } from '../../src/index/index-cache.js';

// Start-up survives its environment: the saved index is an optimisation, never a reason not to
// serve, and never a way to quote what the corpus does not say.

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}
const warnings = (lines: Record<string, unknown>[]) => lines.filter((l) => l.level === 40);
const bulgaria = (engine: Awaited<ReturnType<typeof createEngine>>) =>
  engine.answer({ command: 'country', query: '保加利亚', pageSize: 50 }).items.map((i) => i.text);

/** A copy of the test run's saved index (built by the global set-up) in a fresh folder. */
function copiedCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qa-start-'));
  cpSync(corpusCacheDir(DEFAULT_PATHS.cacheDir, DEFAULT_PATHS.corpusDir), dir, { recursive: true });
  return dir;
}

describe('given a cache folder that cannot be written', () => {
  it('then the index is built in memory, one warning names the folder and the reason, and it serves', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qa-start-')), 'a-file');
    writeFileSync(file, '');
    const cacheDir = join(file, 'cache');
    const { logger, lines } = capturingLogger();
    const engine = await createEngine({ cacheDir, logger });
    expect(engine.stats().indexFromCache).toBe(false);
    expect(bulgaria(engine).length).toBeGreaterThan(0);
    expect(warnings(lines)).toHaveLength(1);
    expect(warnings(lines)[0]).toMatchObject({ path: cacheDir, reason: expect.stringMatching(/ENOTDIR/) });
    // The scratch dictionary is not left behind in the temp folder.
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('corpus-qa-dictionary-'))).toEqual([]);
  });
});

describe('given the cache folder cleared while the bot runs', () => {
  it('then every command is still answered: what queries need was read at start', async () => {
    const cacheDir = copiedCache();
    const { logger, lines } = capturingLogger();
    const engine = await createEngine({ cacheDir, logger });
    rmSync(cacheDir, { recursive: true, force: true });
    expect(engine.answer({ command: 'search', query: '方舱医院 口罩' }).total).toBeGreaterThan(0);
    expect(engine.answer({ command: 'ask', query: '孕妇怎么办' }).error).toBeUndefined();
    expect(lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});

describe('given word vectors that cannot be saved where they belong', () => {
  it('then they are prepared in a temporary folder and used (answers do not change with the cache), and one warning says where', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qa-start-')), 'a-file');
    writeFileSync(file, '');
    const path = join(file, 'prepared', 'word-vectors.bin');
    const { logger, lines } = capturingLogger();
    const vectors = wordVectorsOrNull(logger, path);
    expect(vectors?.rowOf('医生')).toBeGreaterThanOrEqual(0);
    // 14 MB in /tmp: an operator clearing a full disk is told where they went.
    expect(warnings(lines).map((l) => l.msg)).toEqual([START_UP.wordVectorsInScratch]);
    expect(String(warnings(lines)[0]?.scratch)).toContain(tmpdir());
    // Found there at the next start, without preparing or warning again.
    const again = capturingLogger();
    expect(wordVectorsOrNull(again.logger, path)?.rowOf('医生')).toBeGreaterThanOrEqual(0);
    expect(warnings(again.lines)).toEqual([]);
  });
});

describe('given a saved index edited after it was written', () => {
  it("then it is rebuilt with a warning, and the quote is the corpus's, not the edit", async () => {
    const cacheDir = copiedCache();
    const original = readFileSync(cacheFile(cacheDir), 'utf8');
    expect(original).toContain('保加利亚');
    writeFileSync(cacheFile(cacheDir), original.replaceAll('保加利亚', '保加利X'));
    const { logger, lines } = capturingLogger();
    const engine = await createEngine({ cacheDir, logger });
    expect(engine.stats().indexFromCache).toBe(false);
    // Said as damage, not as a change of the corpus.
    expect(warnings(lines).some((l) => /digest/.test(String(l.reason)) && l.msg === START_UP.indexDamaged)).toBe(true);
    const quotes = bulgaria(engine);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.includes('保加利X'))).toBe(false);
    expect(readFileSync(cacheFile(cacheDir), 'utf8')).not.toContain('保加利X');
  });
});

describe('given temp files left by writes that were interrupted', () => {
  it('then those of dead processes are removed at start, those of live ones are kept', async () => {
    const cacheDir = copiedCache();
    const dead = 'index.json.999999999.tmp';
    const live = `index.json.${process.ppid}.tmp`;
    for (const name of [dead, live]) writeFileSync(join(cacheDir, name), '{"partial":');
    writeFileSync(join(cacheDir, 'dictionary', 'jieba.corpus.dict.utf8.999999998.tmp'), 'partial');
    // A build killed before it moved its dictionary into place (load-or-build.ts).
    mkdirSync(join(cacheDir, 'dictionary.999999997.tmp'));
    writeFileSync(join(cacheDir, 'dictionary.999999997.tmp', 'jieba.corpus.dict.utf8'), 'partial');
    const engine = await createEngine({ cacheDir, logger: capturingLogger().logger });
    expect(engine.stats().indexFromCache).toBe(true);
    expect(existsSync(join(cacheDir, dead))).toBe(false);
    expect(existsSync(join(cacheDir, 'dictionary', 'jieba.corpus.dict.utf8.999999998.tmp'))).toBe(false);
    expect(existsSync(join(cacheDir, 'dictionary.999999997.tmp'))).toBe(false);
    expect(existsSync(join(cacheDir, live))).toBe(true);
  });

  it('then a build leaves no dictionary folder of its own in the cache, and the dictionary in place is the index one', async () => {
    const cacheDir = copiedCache();
    const engine = await createEngine({ cacheDir, forceRebuild: true, logger: capturingLogger().logger });
    expect(engine.stats().indexFromCache).toBe(false);
    expect(readdirSync(cacheDir).filter((n) => n.startsWith('dictionary.'))).toEqual([]);
    // The next start loads what it saved, dictionary and all.
    expect((await createEngine({ cacheDir, logger: capturingLogger().logger })).stats().indexFromCache).toBe(true);
  });
});
