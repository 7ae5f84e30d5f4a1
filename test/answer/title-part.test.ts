import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { realEngine } from '../support/engine.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { engineOver } from '../support/temp-corpus.js';

// A question naming a document by a distinctive part of its title gets the whole document, as one
// naming it by its title does; a part the sentences write is their word, and is ranked.

const listing = (engine: Engine, query: string) =>
  /^《[^》]+》共 \d+ 句/.exec(engine.answer({ command: 'ask', query }).message ?? '')?.[0] ?? null;

describe('documents named by a part of their title', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOver('title-part', SERVER_DOCUMENTS);
  });

  it('given a part holding an alias (使用说明书 holds 说明书), then that document whole', () => {
    expect(listing(engine, '使用说明书讲了什么')).toMatch(/^《小岚净化器使用说明书》/);
  });

  it('given the part after a title’s colon, then that document whole', () => {
    expect(listing(engine, '骑行俱乐部的十五年讲了什么')).toMatch(/^《从三个人到三百人：骑行俱乐部的十五年》/);
  });

  it('given a short word of a title, or one many sentences write, then ranked sentences', () => {
    expect(listing(engine, '俱乐部讲了什么')).toBeNull();
    expect(listing(engine, '净化器讲了什么')).toBeNull();
  });
});

describe('documents named by a part of their title, over the starting documents', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await realEngine();
  });

  it('given a part of the white paper’s title no sentence writes, then the white paper whole', () => {
    expect(listing(engine, '中国行动讲了什么')).toBe('《抗击新冠肺炎疫情的中国行动》共 597 句');
  });

  it('given words of the chronicle’s title that many sentences write, then ranked sentences', () => {
    expect(listing(engine, '国际合作讲了什么')).toBeNull();
    expect(listing(engine, '疫情防控讲了什么')).toBeNull();
  });
});
