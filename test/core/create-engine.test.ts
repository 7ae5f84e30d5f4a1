import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { dictionaryFilesIn } from '../../src/index/build-saved-index.js';
import { cacheFile } from '../../src/index/index-cache.js';

function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  return { logger, lines };
}

const probe = (engine: Engine) =>
  ['/ask 谁和古特雷斯通了电话', '/date 3月18日', '/country 意大利'].map((line) => {
    const [command = '', query = ''] = line.slice(1).split(' ');
    return engine.answer({ command, query }).items.map((i) => i.id);
  });

describe('createEngine with a saved index', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'qa-engine-'));

  it('given no saved index, then it builds one; given a valid one, then it loads it and answers the same', async () => {
    const built = await createEngine({ cacheDir, logger: capturingLogger().logger });
    expect(built.stats().indexFromCache).toBe(false);
    // The build says what reading repaired (the chronicle's lines split mid-sentence); a loaded index does not know.
    expect(built.stats().repairs?.length).toBeGreaterThan(0);
    const loaded = await createEngine({ cacheDir, logger: capturingLogger().logger });
    expect(loaded.stats().indexFromCache).toBe(true);
    expect(loaded.stats().repairs).toBeUndefined();
    expect(probe(loaded)).toEqual(probe(built));
    expect(probe(loaded).every((ids) => ids.length > 0)).toBe(true);
  });

  it('given a corrupt saved index, then it rebuilds with a warning instead of crashing', async () => {
    const reference = probe(await createEngine({ cacheDir, logger: capturingLogger().logger }));
    writeFileSync(cacheFile(cacheDir), '{"fingerprint": "trunc');
    const { logger, lines } = capturingLogger();
    const engine = await createEngine({ cacheDir, logger });
    expect(engine.stats().indexFromCache).toBe(false);
    expect(lines.some((l) => l.level === 40 && /rebuild/.test(l.msg))).toBe(true);
    expect(probe(engine)).toEqual(reference);
    expect(JSON.parse(readFileSync(cacheFile(cacheDir), 'utf8').split('\n')[0] ?? '').fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('given a damaged dictionary beside a valid index, then it rebuilds rather than loading it into jieba', async () => {
    const files = dictionaryFilesIn(cacheDir);
    writeFileSync(files.dict, 'damaged');
    const { logger, lines } = capturingLogger();
    const engine = await createEngine({ cacheDir, logger });
    expect(engine.stats().indexFromCache).toBe(false);
    expect(lines.some((l) => l.level === 40)).toBe(true);
    expect(readFileSync(files.dict, 'utf8').length).toBeGreaterThan(1000);
  });
});
