import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// A bilingual e-mail thread (genre v6): a Chinese keyword reaches its English sentences through their
// words' translations (vacuum: 真空), as an English question reaches Chinese sentences.

const engine = answerOver('eval/genre6-corpus');

const found = (query: string) => engine.searchedTexts(query, 20);

describe('English sentences found by Chinese words', () => {
  it('given 真空, then the English sentence about the vacuum bag beside the Chinese one writing it', () => {
    const texts = found('真空');
    expect(texts).toContain('The Longjing tin was slightly dented but the vacuum bag inside was intact.');
    expect(texts[0]).toMatch(/真空铝箔袋/u);
  });

  it('given 样品, then the English sentence writing samples is among the results', () => {
    expect(found('样品').some((t) => t.startsWith('The samples arrived this morning'))).toBe(true);
  });
});
