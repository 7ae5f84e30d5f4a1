import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { engineOver } from '../support/temp-corpus.js';

// A real e-mail export whose replies quote the mail they answer on `>` lines (email-lines.ts): a
// quote copies another's words, so it is no answer and is listed after the rest (quotes-last.ts),
// as a chat's quote is. Own corpus and process (one jieba dictionary per process).

const NAME = '云栖茶业-汉堡客户样品邮件往来';

let engine: Engine;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const file of [`${NAME}.txt`, `${NAME}.meta.json`])
    files[file] = readFileSync(join(PROJECT_ROOT, 'eval', 'genre6-corpus', file), 'utf8');
  engine = await engineOver('email-quotes', files);
}, 60_000);

const texts = (query: string) => engine.answer({ command: 'ask', query, pageSize: 150 }).items.map((i) => i.text);

describe('an e-mail’s quoted lines', () => {
  it('come after every sentence of the messages’ own words', () => {
    const found = texts('When is the EU organic certificate expected?');
    const quote = found.indexOf('請問貴司的有機認證是否已通過歐盟互認？');
    expect(quote).toBeGreaterThan(-1);
    const original = found.indexOf('另外，德國客戶希望包裝上印有歐盟有機標誌，請問貴司的有機認證是否已通過歐盟互認？');
    expect(original).toBeGreaterThan(-1);
    expect(original).toBeLessThan(quote);
    expect(quote).toBe(found.length - 1);
  });
});
