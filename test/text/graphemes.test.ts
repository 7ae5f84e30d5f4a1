import { describe, expect, it } from 'vitest';
import { graphemeSnapper } from '../../src/text/graphemes.js';

describe('grapheme snapping', () => {
  it('given offsets inside a flag, an accented letter and a family, then the boundaries around them', () => {
    const text = 'a🇨🇳e\u0301👨‍👩‍👧';
    const snap = graphemeSnapper(text);
    // Boundaries: 0 a 1 🇨🇳 5 é 7 family 15
    expect([1, 2, 3, 4, 5].map(snap.floor)).toEqual([1, 1, 1, 1, 5]);
    expect([1, 2, 3, 4, 5].map(snap.ceil)).toEqual([1, 5, 5, 5, 5]);
    expect(snap.floor(6)).toBe(5);
    expect(snap.ceil(6)).toBe(7);
    expect(snap.ceil(9)).toBe(text.length);
    expect(snap.floor(-3)).toBe(0);
    expect(snap.ceil(99)).toBe(text.length);
  });
});
