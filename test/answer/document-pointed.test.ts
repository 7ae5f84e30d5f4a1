import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

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
