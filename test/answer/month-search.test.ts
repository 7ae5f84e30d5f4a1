import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// A month searched or asked over genre v6's diary (day headings 10月2日 … 10月11日) and press
// conference (今年10月底): /search 10月 found only 10月底, the tokenizer keeping 10月3日 whole, and
// 10月有什么安排 ranked the press conference's 10月底 over the diary's days.

const engine = answerOver('eval/genre6-corpus');

describe('a month searched alone', () => {
  it('given /search 10月, then the sentences writing its days too, and /date 10月 offered for its entries', () => {
    const answer = engine.answer({ command: 'search', query: '10月', pageSize: 10 });
    const texts = answer.items.map((item) => item.text);
    expect(texts.some((t) => t.includes('今年10月底'))).toBe(true);
    expect(texts.some((t) => t.includes('从10月3日开始生效'))).toBe(true);
    expect(answer.suggestions).toContain('/date 10月');
  });
});

describe('a month asked about its plans', () => {
  it('given 10月有什么安排, then the month’s entries, as /date 10月 lists them', () => {
    const answer = engine.answer({ command: 'ask', query: '10月有什么安排', pageSize: 10 });
    expect(answer.message).toMatch(/^10月共有10天有条目/u);
  });
});
