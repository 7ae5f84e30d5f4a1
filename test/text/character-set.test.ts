import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterSet } from '../../src/text/character-set.js';

// characterSet replaces `new Set(text)` in the lexicon build: the same answer for every character.
const text = fc.string({ unit: 'binary', maxLength: 60 });
const piece = fc.constantFrom('中', '国', 'a', '𠀀', '😷', '\uD800', '\uDC00', '\uDBFF\uDFFF', '');

describe('characterSet', () => {
  it('given astral characters and lone surrogates, then it answers as a Set of the text does', () => {
    const has = characterSet('中𠀀\uD800x\uDC00');
    for (const char of ['中', '𠀀', '\uD800', '\uDC00', 'x']) expect(has(char)).toBe(true);
    for (const char of ['国', '😷', '\uD840', '中𠀀', '']) expect(has(char)).toBe(false);
  });

  it('given any text and any character, then it answers as new Set(text).has does', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        text,
        fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 2 })),
        (parts, more, char) => {
          const all = parts.join('') + more;
          expect(characterSet(all)(char)).toBe(new Set(all).has(char));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
