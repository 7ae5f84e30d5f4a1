import { describe, expect, it } from 'vitest';
import { answerOver, answerOverFiles } from '../support/answer-over.js';
import { evalDocumentFiles } from '../support/temp-corpus.js';

// A document pointed at by a demonstrative and its alias (这篇论文) is the one asked about: the
// diary's 《哈利·波特》的作者 ranked above the paper's 作者简介, the alias 论文 weighing nothing in /ask.

const engine = answerOver('eval/genre6-corpus');

describe('a document pointed at', () => {
  it('given 这篇论文的作者是谁, then the paper’s sentences first, its 作者简介 at the top', () => {
    const items = engine.answer({ command: 'ask', query: '这篇论文的作者是谁', pageSize: 3 }).items;
    expect(items[0]?.text).toMatch(/^作者简介：方若琳/u);
    expect(items.every((item) => item.citation.startsWith('共享冰箱论文'))).toBe(true);
  });

  it('given the alias without a demonstrative, then it is ranked as before', () => {
    const items = engine.answer({ command: 'ask', query: '论文的作者是谁', pageSize: 3 }).items;
    expect(items.some((item) => item.citation.startsWith('葡萄牙日记'))).toBe(true);
  });

  it('given the diary’s title period (2025年国庆), then the diary’s sentences first', () => {
    const items = engine.answer({ command: 'ask', query: '2025年国庆去了哪', pageSize: 3 }).items;
    expect(items.every((item) => item.citation.startsWith('葡萄牙日记'))).toBe(true);
  });
});

describe('a title’s bracketed part that names no period', () => {
  const genre5 = answerOver('eval/genre5-corpus');
  it('given a year a judgment’s case number brackets (（2025）苏0512民初6847号), then no judgment sentence first: 2025年营业收入 asks the annual report', () => {
    const items = genre5.ask('2025年营业收入是多少', 3).items;
    expect(items.every((item) => item.citation.startsWith('年报摘要'))).toBe(true);
  });

  // The diary, titled as an excerpt: 节选 is a note on the text, which any question may write.
  const excerpt = answerOverFiles('document-pointed-excerpt', {
    ...evalDocumentFiles('genre6-corpus', '社区共享冰箱与家庭食物浪费-论文', ['md', 'meta.json']),
    '阿树的葡萄牙日记-2025国庆.txt': evalDocumentFiles('genre6-corpus', '阿树的葡萄牙日记-2025国庆', ['txt'])[
      '阿树的葡萄牙日记-2025国庆.txt'
    ]!,
    '阿树的葡萄牙日记-2025国庆.meta.json': JSON.stringify({ id: 'diary', title: '阿树的葡萄牙日记（节选）', kind: 'plain' }),
  });
  it('given 节选 written in a question about another document, then that document’s sentences, not the excerpt’s', () => {
    expect(excerpt.ask('论文节选中提到了哪些城市', 3).items.map((item) => item.citation.split(' · ')[0])).toEqual([
      '共享冰箱论文',
      '共享冰箱论文',
      '共享冰箱论文',
    ]);
  });
});
