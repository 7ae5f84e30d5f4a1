import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLong } from '../../src/answer/search-keywords.js';

describe('long terms', () => {
  it('given any string, lone surrogates and pairs too, then it is long when it has two code points or more', () => {
    const unit = fc.oneof(
      fc.constantFrom('疫', 'a', '𠮷', '\ud842', '\udfb7', '口'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 4 }), (units) => {
        const term = units.join('');
        expect(isLong(term)).toBe([...term].length >= 2);
      }),
      { numRuns: 5000 },
    );
    expect([isLong('𠮷'), isLong('𠮷疫'), isLong('疫情'), isLong('疫'), isLong('')]).toEqual([false, true, true, false, false]);
  });
});
