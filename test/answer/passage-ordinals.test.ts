import { describe, expect, it } from 'vitest';
import { passageOrdinals } from '../../src/answer/passage-ordinals.js';
import type { PassageNumbers } from '../../src/index/passage-numbers.js';
import { plainPassage } from '../support/passages.js';

describe('passage ordinals', () => {
  it('given numbered passages, then each number reads its passage’s ordinal, and the table is made once', () => {
    const passages = [plainPassage('a', 3), plainPassage('b', 1), plainPassage('a', 7)];
    const numbers: PassageNumbers = { passages, numberOf: (id) => passages.findIndex((p) => p.id === id) };
    const ordinals = passageOrdinals(numbers);
    expect([...ordinals]).toEqual([3, 1, 7]);
    expect(passageOrdinals(numbers)).toBe(ordinals);
  });

  it('given an ordinal that is no 32-bit integer, then it refuses rather than compare it wrongly', () => {
    const passages = [{ ...plainPassage('a', 1), ordinal: 2 ** 40 }];
    expect(() => passageOrdinals({ passages, numberOf: () => 0 })).toThrow(/32-bit/);
  });
});
