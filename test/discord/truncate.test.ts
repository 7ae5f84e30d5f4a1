import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, truncate } from '../../src/discord/truncate.js';

const hasLoneSurrogate = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
/** Counts `**` markers that are not escaped, as Discord would read them. */
const boldMarkers = (s: string): number => (s.replace(/\\./gu, '').match(/\*\*/g) ?? []).length;

describe('truncate', () => {
  it('given text that fits, then it is returned unchanged', () => {
    expect(truncate('中国向意大利派出医疗专家组', 13)).toBe('中国向意大利派出医疗专家组');
  });

  it('given Chinese text without spaces, then it is cut on characters, not collapsed to an ellipsis', () => {
    expect(truncate('中国向意大利派出医疗专家组', 6)).toBe(`中国向意大${ELLIPSIS}`);
  });

  it('given an emoji at the cut, then the surrogate pair is kept whole or dropped whole', () => {
    expect(truncate('ab😀cd', 4)).toBe(`ab${ELLIPSIS}`); // 😀 is 2 units: no room
    expect(truncate('ab😀cd', 5)).toBe(`ab😀${ELLIPSIS}`);
  });

  it('given a cut inside a bold pair, then the pair is closed', () => {
    // 8 = 甲 + ** + 意大 + ** + …: the closing marker is paid for out of the budget.
    expect(truncate('甲**意大利专家**乙', 8)).toBe(`甲**意大**${ELLIPSIS}`);
  });

  it('given a cut right after the opening marker, then the empty pair is dropped', () => {
    expect(truncate('一二三**四五**六七', 8)).toBe(`一二三${ELLIPSIS}`);
  });

  it('given an escaped asterisk at the cut, then the escape is not split', () => {
    expect(truncate('ab\\*cd', 4)).toBe(`ab${ELLIPSIS}`);
  });

  it('property: never longer than max, never a lone surrogate, bold markers always paired', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('**', '\\*', '😀', '中文'));
    fc.assert(
      fc.property(fc.array(piece), fc.integer({ min: 1, max: 60 }), (pieces, max) => {
        const text = pieces.join('');
        const out = truncate(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(out)).toBe(hasLoneSurrogate(text) && out === text);
        if (boldMarkers(text) % 2 === 0) expect(boldMarkers(out) % 2).toBe(0);
      }),
    );
  });
});
