import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { answerOverFiles } from '../support/answer-over.js';
import { realEngine } from '../support/engine.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { engineOver } from '../support/temp-corpus.js';

// A question naming a document by a distinctive part of its title gets the whole document, as one
// naming it by its title does; a part the sentences write is their word, and is ranked.

const listing = (engine: Engine, query: string) =>
  /^《[^》]+》共 \d+ 句/.exec(engine.answer({ command: 'ask', query }).message ?? '')?.[0] ?? null;

describe('documents named by a part of their title', () => {
  const engine = answerOverFiles('title-part', SERVER_DOCUMENTS);

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

describe('documents named by the noun their title ends with, or by their name alone', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOver('title-head', {
      ...SERVER_DOCUMENTS,
      'guide.md': '# 山城三日游\n\n第一天去江边的古镇。\n\n第二天坐索道过江。\n',
      'guide.meta.json': JSON.stringify({ id: 'guide', title: '山城三日游攻略（2025年春季版）', kind: 'plain' }),
      'recipes.md': '## 凉拌黄瓜\n\n黄瓜拍碎，加蒜末和醋。\n',
      'recipes.meta.json': JSON.stringify({ id: 'recipes', title: '阿芳家常菜谱 · 自用整理版', shortTitle: '家常菜谱', kind: 'plain' }),
      'handbook.txt': '第一条 员工每天工作八小时。\n\n第二条 年假按工龄计算。\n',
      'handbook.meta.json': JSON.stringify({ id: 'handbook', title: '某公司员工守则', aliases: ['员工守则'], kind: 'plain' }),
      '疫苗.txt': '疫苗\n\n新冠疫苗已经开始临床试验。\n\n接种疫苗后要观察半小时。\n',
    });
  });

  it('given the noun a title ends with, past its closing note, then that document whole', () => {
    expect(listing(engine, '攻略讲了什么')).toBe('《山城三日游攻略（2025年春季版）》共 2 句');
    expect(listing(engine, '菜谱讲了什么')).toBe('《阿芳家常菜谱 · 自用整理版》共 1 句');
  });

  it('given a document’s name and nothing else, which no sentence writes, then that document whole', () => {
    expect(listing(engine, '员工守则')).toBe('《某公司员工守则》共 2 句');
    expect(listing(engine, '《员工守则》')).toBe('《某公司员工守则》共 2 句');
  });

  it('given a name the sentences write (a file titled 疫苗), then ranked sentences, as before', () => {
    const answer = engine.answer({ command: 'ask', query: '疫苗' });
    expect(listing(engine, '疫苗')).toBeNull();
    expect(answer.items[0]?.text).toMatch(/疫苗/);
  });
});
