import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/core/lazy.js';

// A remembered function answers what the function answers, computing each key once while it
// keeps no more than its limit.

describe('memoized', () => {
  it('given a key asked twice, then it is computed once, undefined values included', () => {
    const computed: string[] = [];
    const length = memoized((key: string) => {
      computed.push(key);
      return key === 'none' ? undefined : key.length;
    }, 10);
    expect([length('医疗'), length('医疗'), length('none'), length('none')]).toEqual([2, 2, undefined, undefined]);
    expect(computed).toEqual(['医疗', 'none']);
  });

  it('given more keys than the limit, then the remembered ones are forgotten and computed again, with the same answers', () => {
    const computed: number[] = [];
    const double = memoized((key: number) => {
      computed.push(key);
      return key * 2;
    }, 2);
    expect([double(1), double(2), double(3), double(1), double(3)]).toEqual([2, 4, 6, 2, 6]);
    // 3 made room by forgetting 1 and 2; 1 came back and 3 was still known.
    expect(computed).toEqual([1, 2, 3, 1]);
  });
});
