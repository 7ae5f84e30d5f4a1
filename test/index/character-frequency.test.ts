import { describe, expect, it } from 'vitest';
import { CharacterFrequencyBuilder, charactersOf } from '../../src/index/character-frequency.js';

describe('character frequency', () => {
  it('given terms with Latin letters, digits and repeats, then only their distinct Han characters are kept', () => {
    expect([...charactersOf(['血浆', '浆液', 'who', '3月'])]).toEqual(['血', '浆', '液', '月']);
  });

  it('given a passage repeating a character, then it counts once for that passage', () => {
    const builder = new CharacterFrequencyBuilder();
    builder.add(['口罩', '罩口', '口罩']);
    builder.add(['口岸']);
    expect(builder.finish()).toEqual({ 口: 2, 罩: 1, 岸: 1 });
  });
});

describe('character frequency beyond the basic plane', () => {
  it('given astral Han characters, lone surrogates and several term lists, then counts and order are those of a Set per passage', () => {
    const builder = new CharacterFrequencyBuilder();
    builder.add(['𠀀口', '\ud800x'], ['罩𠀀']);
    builder.add(['罩'], ['\udc00', '𠀀']);
    const expected: Record<string, number> = {};
    for (const terms of [
      ['𠀀口', '\ud800x', '罩𠀀'],
      ['罩', '\udc00', '𠀀'],
    ])
      for (const ch of charactersOf(terms)) expected[ch] = (expected[ch] ?? 0) + 1;
    const counted = builder.finish();
    expect(counted).toEqual({ 𠀀: 2, 口: 1, 罩: 2 });
    expect(Object.keys(counted)).toEqual(Object.keys(expected));
  });
});
