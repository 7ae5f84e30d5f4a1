import { describe, expect, it } from 'vitest';
import { entryTable, NO_ENTRY, SEVERAL_ENTRIES } from '../../src/core/entry-table.js';
import type { Corpus, Entry, IngestedDocument } from '../../src/core/types.js';
import { numberPassages } from '../../src/index/passage-numbers.js';
import { plainPassage } from '../support/passages.js';

// A passage's entry read by number must be what its entries say: one entry's key, none, or
// "several" (then the entries themselves are read), and each key's members by number.

const entry = (id: string, passageIds: string[]): Entry => ({
  id,
  docId: 'a',
  ordinal: 1,
  dates: [null],
  ordinals: [1],
  passageIds,
  text: '',
});

function corpus(entries: Entry[]): Corpus {
  const doc: IngestedDocument = {
    meta: { id: 'a', title: 'a', kind: 'plain' },
    passages: [1, 2, 3, 4, 5].map((n) => plainPassage('a', n)),
    entries,
    sections: [],
    warnings: [],
  };
  return { documents: [doc] };
}

describe('entries by passage number', () => {
  it('given entries, a repeat and an id no passage has, then each passage has its entry key, none or several', () => {
    const c = corpus([entry('e1', ['a:1', 'a:2']), entry('e2', ['a:3', 'a:3']), entry('e3', ['a:2', 'nowhere'])]);
    const numbers = numberPassages(c);
    const table = entryTable(c, numbers);
    expect(Array.from(table.keyAt)).toEqual([0, SEVERAL_ENTRIES, SEVERAL_ENTRIES, NO_ENTRY, NO_ENTRY]);
    expect([...table.keys]).toEqual([
      ['e1', 0],
      ['e2', 1],
      ['e3', 2],
    ]);
    expect(table.members.map((m) => Array.from(m))).toEqual([
      [0, 1],
      [2, 2],
      [1, -1],
    ]);
  });

  it("given two entries with one id, then they share a key and its members are the last entry's", () => {
    const c = corpus([entry('e', ['a:1']), entry('f', ['a:2']), entry('e', ['a:4', 'a:5'])]);
    const table = entryTable(c, numberPassages(c));
    expect(Array.from(table.keyAt)).toEqual([0, 1, NO_ENTRY, 0, 0]);
    expect(table.members.map((m) => Array.from(m))).toEqual([[3, 4], [1]]);
  });
});
