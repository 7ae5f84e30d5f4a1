import { describe, expect, it } from 'vitest';
import { circledMark, circledValue } from '../../src/text/circled-numbers.js';

describe('circled numbers', () => {
  it('given the marks of the three runs, then their numbers, and back', () => {
    expect(['①', '⑳', '㉑', '㉟', '㊱', '㊿'].map(circledValue)).toEqual([1, 20, 21, 35, 36, 50]);
    expect([1, 20, 21, 35, 36, 50].map(circledMark).join('')).toBe('①⑳㉑㉟㊱㊿');
  });

  it('given other characters or numbers, then none', () => {
    expect(['1', '㉀', '㊀', '⓪', ''].map(circledValue)).toEqual([null, null, null, null, null]);
    expect([0, 51, -1].map(circledMark)).toEqual(['', '', '']);
  });
});
