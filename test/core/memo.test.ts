import { describe, expect, it } from 'vitest';
import { memoized, rememberedByKey } from '../../src/core/memo.js';

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

describe('rememberedByKey', () => {
  it('given a key asked again, then its answer from memory; given more keys than it keeps, then it starts afresh', () => {
    let runs = 0;
    const remember = rememberedByKey<object, number>(2);
    const owner = {};
    const ask = (key: string) =>
      remember(owner, key, () => {
        runs++;
        return key.length;
      });
    ask('a');
    ask('a');
    expect(runs).toBe(1);
    ask('bb');
    ask('ccc'); // a third key: the memory starts afresh, with it
    ask('a');
    expect(runs).toBe(4);
  });

  it('given answers not worth keeping, then they are worked out each time; another owner keeps its own', () => {
    let runs = 0;
    const remember = rememberedByKey<object, number[]>(8, (value) => value.length <= 1);
    const counted = (value: number[]) => () => {
      runs++;
      return value;
    };
    const owner = {};
    remember({}, 'k', counted([1, 2]));
    remember(owner, 'k', counted([1, 2]));
    remember(owner, 'k', counted([1, 2]));
    expect(runs).toBe(3);
    remember(owner, 'small', counted([1]));
    remember(owner, 'small', counted([1]));
    expect(runs).toBe(4);
  });
});
