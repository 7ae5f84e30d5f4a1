import { beforeAll, describe, expect, it } from 'vitest';
import { searchForEach, sentencesOfQuote } from '../../src/answer/quote-across-sentences.js';
import type { Engine } from '../../src/core/engine-api.js';
import { realEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realEngine();
});

describe('sentencesOfQuote', () => {
  it('given text running over a sentence end, then its sentences; given one sentence, then none', () => {
    expect(sentencesOfQuote('"表示诚挚慰问。习近平指出,疫情没有国界"')).toEqual(['表示诚挚慰问', '习近平指出,疫情没有国界']);
    expect(sentencesOfQuote('疫情没有国界。')).toBeNull();
    expect(sentencesOfQuote('口罩！？')).toBeNull();
    expect(searchForEach(['甲乙', '丙丁'])).toBe('"甲乙" OR "丙丁"');
  });
});

describe('/search of a quote that runs over two sentences', () => {
  it('given the quote, then the two sentences writing it, and a line saying why they are two', () => {
    const quote = '"向韩国政府和人民表示诚挚慰问。习近平指出,疫情没有国界"';
    const answer = engine.answer({ command: 'search', query: quote });
    expect(answer.items).toHaveLength(2);
    expect(answer.items[0]?.text.endsWith('向韩国政府和人民表示诚挚慰问。')).toBe(true);
    expect(answer.items[1]?.text.startsWith('习近平指出,疫情没有国界')).toBe(true);
    expect(answer.message).toMatch(/^所查文字跨越了 2 个句子/u);
    expect(answer.query).toBe(quote);
  });
});
