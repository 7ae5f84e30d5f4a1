import { describe, expect, it } from 'vitest';
import { answerOver } from '../../support/answer-over.js';

// One word in two spellings the documents both write (genre v6's diary: 蛋挞 in running text, 蛋塔
// in a Traditional postcard), read alike and glossed alike by CC-CEDICT: either finds both.

const engine = answerOver('eval/genre6-corpus');

describe('a word’s other spelling', () => {
  it.each([
    ['蛋塔', /但是蛋塔很好吃/u, /Pastéis de Belém，蛋挞/u],
    ['蛋挞', /Pastéis de Belém，蛋挞/u, /但是蛋塔很好吃/u],
  ])('given /search %s, then the sentence writing it first, the other spelling’s after it', (query, first, second) => {
    const texts = engine.searchedTexts(query);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(first);
    expect(texts[1]).toMatch(second);
  });
});
