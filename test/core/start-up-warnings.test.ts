import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';

// What the operator is told at start about documents that give nothing or are malformed: said
// at every start (from a fresh build and from the saved index alike), naming the file.
// A corpus of its own: this file runs in its own process (one jieba dictionary per process).

const meta = (id: string, kind: string) => JSON.stringify({ id, title: `文档${id}`, kind, year: 2020 });

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qa-warn-'));
  const files: Record<string, string> = {
    'empty.txt': '',
    'empty.meta.json': meta('empty', 'plain'),
    'bom.txt': '\uFEFF',
    'bom.meta.json': meta('bom', 'plain'),
    'days.txt': '3月18日\n◆中方向意大利派出医疗专家组。\n3月99日\n◆意方表示感谢。\n',
    'days.meta.json': meta('days', 'chronicle'),
    'paper.txt': '白皮书\n前言\n中国同各国分享抗疫经验。\n',
    'paper.meta.json': meta('paper', 'whitepaper'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function startWarnings(corpusDir: string, cacheDir: string) {
  const problems: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void problems.push(String(JSON.parse(line).problem ?? '')) });
  const engine = await createEngine({ corpusDir, cacheDir, logger, domainWordsPath: DEFAULT_PATHS.domainWords });
  return { engine, problems: problems.filter(Boolean) };
}

describe('given documents that give nothing or are malformed', () => {
  const corpusDir = corpus();
  const cacheDir = mkdtempSync(join(tmpdir(), 'qa-warn-cache-'));

  it('then each is named at start, whether the index is built or loaded', async () => {
    for (const fromCache of [false, true]) {
      const { engine, problems } = await startWarnings(corpusDir, cacheDir);
      expect(engine.stats().indexFromCache).toBe(fromCache);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^empty\.txt：没有可检索的句子（文档是空的/),
          expect.stringMatching(/^bom\.txt：没有可检索的句子（文档是空的/),
          expect.stringMatching(/^days\.txt：不存在的日期「3月99日」/),
          expect.stringMatching(/^paper\.txt：白皮书中找不到“目录”/),
        ]),
      );
      expect(engine.answer({ command: 'country', query: '意大利' }).total).toBeGreaterThan(0);
    }
  });
});
