import { describe, expect, it } from 'vitest';
import { searchForEach, sentencesOfQuote } from '../../src/answer/quote-across-sentences.js';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

describe('sentencesOfQuote', () => {
  it('given text running over a sentence end, then its sentences; given one sentence, then none', () => {
    expect(sentencesOfQuote('"表示诚挚慰问。习近平指出,疫情没有国界"')).toEqual(['表示诚挚慰问', '习近平指出,疫情没有国界']);
    expect(sentencesOfQuote('疫情没有国界。')).toBeNull();
    expect(sentencesOfQuote('口罩！？')).toBeNull();
    expect(searchForEach(['甲乙', '丙丁'], 200)).toEqual({ query: '"甲乙" OR "丙丁"', searched: 2 });
    // Within the limit: sentences past it are left out; fewer than two fit, none.
    expect(searchForEach(['甲乙', '丙丁', '戊己'], 19)).toEqual({ query: '"甲乙" OR "丙丁"', searched: 2 });
    expect(searchForEach(['甲乙丙丁戊己庚辛', '壬癸'], 12)).toEqual({ query: '"甲乙丙丁戊己庚辛"', searched: 1 });
    expect(searchForEach(['甲乙丙丁戊己庚辛', '壬癸'], 9)).toBeNull();
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

  it('given a pasted quote of many sentences, near the query’s limit, then the sentences writing the first ones, said so', () => {
    const quote =
      '"中国国家主席习近平在北京同巴基斯坦总统阿齐兹会谈。习近平指出,当前,疫情正在全球多点暴发。各国应该同舟共济、携手抗疫。中方始终秉持人类命运共同体理念,本着公开、透明、负责任态度,及时发布疫情信息,分享防控、诊疗经验。中方愿为防止疫情在世界范围内扩散蔓延作出更大贡献,将继续向巴方提供支持和帮助。中国国家主席习近平应约同西班牙首相桑切斯通电话。习近平强调,经过"';
    const answer = engine.answer({ command: 'search', query: quote });
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.message).toMatch(/^所查文字跨越了 \d+ 个句子.*（查找了前 \d+ 句）/u);
  });
});
