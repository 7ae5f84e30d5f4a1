import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { engineOver } from '../support/temp-corpus.js';

// A question whose one word the documents never write, and whose nearest word in them is another
// thing, is not answered by that other thing (near-word-route.ts, UNHELD_AT_MOST): over a lease,
// a package insert, a gardening thread and a town's news, 保姆 (a nanny) is near only 社区工作人员
// and the like, and the honest answer is that nothing was found.

const FOLDER = join(PROJECT_ROOT, 'eval', 'genre4-corpus');

let engine: Engine;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const file of readdirSync(FOLDER)) files[file] = readFileSync(join(FOLDER, file), 'utf8');
  engine = await engineOver('near-answerable', files);
}, 60_000);

describe('/ask through near words, when the question names what the documents do not cover', () => {
  it('given a question about a nanny over documents that have none, then it finds nothing rather than a community worker', () => {
    const answer = engine.answer({ command: 'ask', query: '保姆是谁', pageSize: 10 });
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('没有找到');
  });
});
