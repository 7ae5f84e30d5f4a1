import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutGraphemes, fitUnits, graphemeSnapper, NOT_ONE_UNIT_GRAPHEME } from '../../src/text/graphemes.js';

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

describe('cutting long text', () => {
  // Both read a prefix of a long text, and the whole of it only when its graphemes are too long
  // for the prefix to decide: the cut is the same either way.
  const zalgo = `e${'\u0301'.repeat(40)}`;

  it('given graphemes of dozens of combining marks, then cutGraphemes keeps whole ones, as many as asked', () => {
    expect(cutGraphemes(zalgo.repeat(10), 3, '…')).toBe(`${zalgo.repeat(3)}…`);
    expect(cutGraphemes(`${'长'.repeat(100_000)}`, 2, '…')).toBe('长长…');
    expect(cutGraphemes('长长', 2, '…')).toBe('长长');
  });

  it('given text of no more units than asked (surrogates, marks, flags), then cutGraphemes gives it back whole, as segmenting it does', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const cutBySegments = (text: string, max: number) => {
      const parts = [...segmenter.segment(text)].map((s) => s.segment);
      return parts.length <= max ? text : `${parts.slice(0, max).join('')}…`;
    };
    const unit = fc.constantFrom('a', '长', '\u0301', '\uD83C', '\uDDE8', '🇨🇳', '👨‍👩‍👧', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.nat(30), (units, extra) => {
        const text = units.join('');
        const max = text.length + extra;
        expect(cutGraphemes(text, max, '…')).toBe(text);
        expect(cutGraphemes(text, max, '…')).toBe(cutBySegments(text, max));
      }),
    );
  });

  it('given a grapheme longer than what is left, then fitUnits stops before it, however long it is', () => {
    const huge = `x${'\u0301'.repeat(1000)}`;
    expect(fitUnits(`ab${huge}cd`, 10)).toBe('ab');
    expect(fitUnits(`${'a'.repeat(5)}${'🇨🇳'.repeat(10_000)}`, 8)).toBe(`${'a'.repeat(5)}`);
    expect(fitUnits(`${'a'.repeat(4)}${'🇨🇳'.repeat(10_000)}`, 8)).toBe(`${'a'.repeat(4)}🇨🇳`);
  });
});

describe('cuts whose prefix ends inside a flag', () => {
  it('given a flag straddling the units a choice holds, then the flag is left out whole, not half of it kept', () => {
    // Segmenting only a prefix ending inside 🇹 made 🇮 a grapheme of its own.
    expect(fitUnits(`${'x'.repeat(78)}🇮🇹y`, 80)).toBe('x'.repeat(78));
    expect(fitUnits(`${'x'.repeat(76)}🇮🇹y`, 80)).toBe(`${'x'.repeat(76)}🇮🇹`);
  });

  it('given a flag where the segmented prefix ends, then cutGraphemes keeps it whole', () => {
    const accented = `e${'\u0301'.repeat(20)}`;
    expect(cutGraphemes(`${accented}🇮🇹z`, 2, '…')).toBe(`${accented}🇮🇹…`);
  });
});

describe('snapping text whose every unit is a grapheme', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const boundaries = (text: string) => [...[...segmenter.segment(text)].map((s) => s.index), text.length];

  it('given each character the short way treats as a grapheme of its own, then Intl.Segmenter splits it from its neighbours and itself', () => {
    const joined: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      if (NOT_ONE_UNIT_GRAPHEME.test(c)) continue;
      // A character joining what follows (Hangul, a prepended mark) or what precedes (a combining mark, a joiner) is told here.
      if ([...segmenter.segment(`a${c}${c}中`)].length !== 4) joined.push(unit.toString(16));
    }
    expect(joined).toEqual([]);
    expect(NOT_ONE_UNIT_GRAPHEME.test('\r')).toBe(true);
    expect(NOT_ONE_UNIT_GRAPHEME.test('\u0301')).toBe(true);
    expect(NOT_ONE_UNIT_GRAPHEME.test('\u200d')).toBe(true);
  });

  it('given corpus-like sentences and offsets anywhere (between units, outside, NaN), then the same boundaries as segmenting', () => {
    const texts = ['3月18日，中国向意大利捐赠了口罩（N95）、防护服等物资。', '《白皮书》第二部分：“同舟共济”…… ①②③ 27℃', 'Wi-Fi 2.4GHz'];
    for (const text of texts) {
      expect(NOT_ONE_UNIT_GRAPHEME.test(text)).toBe(false);
      const starts = boundaries(text);
      const snap = graphemeSnapper(text);
      // The slow way's answers, computed from the boundaries.
      const floor = (o: number) => [...starts].reverse().find((b) => b <= Math.max(0, Math.min(text.length, o))) ?? 0;
      const ceil = (o: number) => {
        const c = Math.max(0, Math.min(text.length, o));
        return starts.find((b) => b >= c) ?? (Number.isNaN(c) ? Math.min(1, text.length) : text.length);
      };
      for (const o of [-3, 0, 0.5, 1, 5, 7.25, text.length - 1, text.length, text.length + 4, Number.NaN]) {
        expect([o, snap.floor(o)]).toEqual([o, floor(o)]);
        expect([o, snap.ceil(o)]).toEqual([o, ceil(o)]);
      }
    }
  });
});
