import { describe, expect, it } from 'vitest';
import { cedictNamesByMainSense } from '../../src/geo/cedict-entity-names.js';
import type { CedictData, CedictHead } from '../../src/query/english/cedict-source.js';

/** A dictionary of the given entries (simplified headword, glosses), as readCedict would give it. */
function dictionary(entries: [string, string[]][]): CedictData {
  const heads: CedictHead[] = entries.map(([simplified]) => ({ simplified, traditional: simplified, pinyin: '', glossesAt: 0 }));
  return {
    heads,
    entry: (head) => {
      const found = entries.find(([simplified]) => simplified === head.simplified);
      return found ? { simplified: found[0], traditional: found[0], meanings: found[1] } : null;
    },
  };
}

describe('cedictNamesByMainSense', () => {
  it('given several headwords with the English name as main sense then the shortest is the name, in any letter case', () => {
    const names = cedictNamesByMainSense(
      dictionary([
        ['中亚细亚', ['Central Asia']],
        ['中亚', ['Central Asia']],
      ]),
      ['central asia'],
    );
    expect(names.get('central asia')).toBe('中亚');
  });

  it('given the English name only as a secondary sense then it names nothing', () => {
    // 谁 is glossed "who" too, but its main sense decides: no organisation called WHO becomes 谁.
    const names = cedictNamesByMainSense(dictionary([['某组织', ['someone', 'Some Organisation']]]), ['Some Organisation']);
    expect(names.size).toBe(0);
  });

  it('given two headwords of one length then the dictionary does not say which the corpus writes, and none is taken', () => {
    const names = cedictNamesByMainSense(
      dictionary([
        ['南洋', ['Southeast Asia']],
        ['东南', ['Southeast Asia']],
      ]),
      ['Southeast Asia'],
    );
    expect(names.has('southeast asia')).toBe(false);
  });
});
