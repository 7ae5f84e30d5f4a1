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
