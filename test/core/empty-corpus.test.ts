import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';

// An empty corpus folder is said at start, naming the folder; the bot still starts and answers
// (with "nothing found"). Its own process: one jieba dictionary per process.

describe('given an empty corpus folder', () => {
  it('then start-up names the folder in a warning, and answers without error', async () => {
    const corpusDir = mkdtempSync(join(tmpdir(), 'qa-empty-'));
    mkdirSync(join(corpusDir, 'not-a-document'));
    writeFileSync(join(corpusDir, 'not-a-document', 'nested.txt'), '不在语料目录里的文档。');
    const problems: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void problems.push(String(JSON.parse(line).problem ?? '')) });
    const engine = await createEngine({ corpusDir, cacheDir: mkdtempSync(join(tmpdir(), 'qa-empty-cache-')), logger });
    expect(problems.filter(Boolean)).toEqual([
      expect.stringContaining(`语料目录 ${corpusDir} 中没有可读的文档`),
      // Its sub-folder is named too: documents there are not read.
      '子文件夹 not-a-document/ 中的文件不会被读取：文档请直接放在语料目录中',
    ]);
    expect(engine.stats().passages).toBe(0);
    const answer = engine.answer({ command: 'search', query: '意大利' });
    expect(answer.error).toBeUndefined();
    expect(answer.total).toBe(0);
  });
});
