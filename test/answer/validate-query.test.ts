import { describe, expect, it } from 'vitest';
import { hasSomethingToFind } from '../../src/answer/validate-query.js';

// What the documents write, as a /search's test sees it (folded: ㎡ is m2).
const written = (folded: string) => ['🎁', '⭐️', 'm2'].includes(folded);

describe('hasSomethingToFind', () => {
  it('given letters or digits, then something to find, for any command', () => {
    expect(hasSomethingToFind('口罩？', null)).toBe(true);
    expect(hasSomethingToFind('2020', null)).toBe(true);
  });

  it('given an emoji or a sign such as ㎡ the documents write, then something /search looks for, not a question', () => {
    for (const symbols of ['🎁', '⭐️', '㎡', '“🎁”']) {
      expect(hasSomethingToFind(symbols, written)).toBe(true);
      expect(hasSomethingToFind(symbols, null)).toBe(false);
    }
  });

  it('given a symbol no document writes, or punctuation or operator signs alone, then nothing', () => {
    for (const typed of ['😷', '？？？', '"', '…', '+', '|', '~']) expect(hasSomethingToFind(typed, written)).toBe(false);
  });
});
