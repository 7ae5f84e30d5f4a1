import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { realEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

const ask = (query: string, page = 1) => engine.answer({ command: 'ask', query, page });

describe('/ask naming a part of a document and asking nothing more', () => {
  it.each(['前言里说了什么', '前言', 'What does the preface say?', 'Summarize the preface'])(
    'given "%s", then the preface, every sentence in order',
    (query) => {
      const answer = ask(query);
      expect(answer.message).toMatch(/^“前言”共 \d+ 句/);
      expect(answer.items.every((i) => i.group === '前言')).toBe(true);
      const ordinals = answer.items.map((i) => Number(/第(\d+)句/.exec(i.citation)?.[1]));
      expect(ordinals).toEqual(ordinals.map((_, k) => k + 1));
    },
  );

  it('given a part with sub-sections, then its sub-sections are named and its sentences follow in order', () => {
    const answer = ask('白皮书第二部分讲的是什么');
    expect(answer.message).toMatch(/^“二 [^”]+”共 \d+ 句，分 \d+ 节：一 /);
    expect(answer.total).toBeGreaterThan(100);
    expect(answer.items.every((i) => i.group?.startsWith('二 '))).toBe(true);
  });

  it.each(['第三阶段讲了什么', '白皮书里“第三阶段”那一节说了什么'])(
    'given "%s" (a sub-section named by words of its heading), then that sub-section in order, named by its path',
    (query) => {
      const answer = ask(query);
      expect(answer.message).toMatch(/^“一 [^”›]+ › 三 第三阶段[^”]+”共 \d+ 句。/);
      expect(answer.items.every((i) => i.group?.includes('第三阶段'))).toBe(true);
    },
  );

  it.each(['疫情防控', '经济社会', '第三阶段'])(
    'given the keyword "%s" alone (in headings too), then it is ranked, not listed as a section',
    (query) => {
      expect(ask(query).message ?? '').not.toMatch(/按原文顺序列出/);
    },
  );

  it.each([
    '结束语里说胜利属于谁',
    '第三阶段湖北的新增病例降到多少',
    '第一部分提到了哪些国家',
    'What does the preface say about the virus?',
  ])('given "%s" (something specific asked), then it is ranked, not listed', (query) => {
    expect(ask(query).message ?? '').not.toMatch(/按原文顺序列出/);
  });
});
