import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/core/memo.js';

describe('memoized', () => {
  it('given the same key twice, then the work is done once and its value given both times', () => {
    let runs = 0;
    const lengthOf = memoized((list: string[]) => {
      runs++;
      return list.length;
    });
    const list = ['a', 'b'];
    expect([lengthOf(list), lengthOf(list)]).toEqual([2, 2]);
    expect(runs).toBe(1);
  });

  it('given another key, then its own value (a reloaded library is worked out afresh)', () => {
    const first = memoized((key: { n: number }) => ({ doubled: key.n * 2 }));
    expect(first({ n: 1 })).toEqual({ doubled: 2 });
    expect(first({ n: 4 })).toEqual({ doubled: 8 });
  });

  it('given a value that is undefined, then it is remembered too, not worked out again', () => {
    let runs = 0;
    const nothing = memoized((_: object) => {
      runs++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(runs).toBe(1);
  });
});
