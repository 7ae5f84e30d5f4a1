import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

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

  it('given a part headed by two characters only (导语), then that part, as a whole heading (a word inside headings is not one)', () => {
    const answer = ask('导语讲了什么');
    expect(answer.message).toMatch(/^“导语”共 \d+ 句/u);
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.group === '导语')).toBe(true);
  });

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

describe('/ask for a part by its number, under a part or past the last one', () => {
  it('given 第四部分第三节, then that sub-section alone, under its part', () => {
    const answer = ask('第四部分第三节说了什么');
    const part = ask('第四部分讲的是什么');
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.total).toBeLessThan(part.total);
    expect(answer.message).toMatch(/^“四 [^›]+ › 三 /u);
    expect(answer.items.every((i) => /^四 [^›]+ › 三 /u.test(i.section ?? ''))).toBe(true);
  });

  it.each(['第五部分讲的是什么', 'What does part 7 say?', '第四部分第九节说了什么'])(
    'given "%s" (no document has that part), then no sentences, the parts there are, and questions to ask instead',
    (query) => {
      const answer = ask(query);
      expect(answer.items).toEqual([]);
      expect(answer.message).toMatch(/没有问到的这一部分|No document has the part/);
      expect(answer.message).toContain('四 共同构建人类卫生健康共同体');
      expect(answer.suggestions.length).toBeGreaterThan(0);
      for (const suggestion of answer.suggestions) expect(ask(suggestion.replace(/^\/ask /, '')).total, suggestion).toBeGreaterThan(0);
    },
  );
});

describe('第N节 without a numbered part', () => {
  it('given 前言第三节说了什么 (前言 has no sections), then the question is ranked, not all of 前言 listed as if 第三节 were not there', () => {
    const whole = ask('前言说了什么');
    expect(ask('前言第三节说了什么').message ?? '').not.toBe(whole.message);
  });
});
