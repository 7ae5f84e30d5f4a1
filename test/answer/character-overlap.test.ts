import { beforeAll, describe, expect, it } from 'vitest';
import { characterOverlap, queryCharacters } from '../../src/answer/character-overlap.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('character overlap (real corpus)', () => {
  it('given a rare and a common character, then the rare one weighs more', () => {
    const query = queryCharacters(services.index, ['血浆', '中国']);
    const weight = (ch: string) => query.weights[query.characters.indexOf(ch)] ?? Number.NaN;
    expect(weight('浆')).toBeGreaterThan(weight('国'));
    // A sentence with only the rare characters holds most of the question's information.
    expect(characterOverlap(query, '血浆')).toBeGreaterThan(characterOverlap(query, '中国'));
  });

  it('given a character the corpus never writes, then it is left out rather than counted as the rarest', () => {
    const query = queryCharacters(services.index, ['血浆', '鰻']);
    expect(query.characters).not.toContain('鰻');
    expect(query.characters).toContain('浆');
    expect(characterOverlap(query, '血浆')).toBe(1);
  });

  it('given a paraphrase sharing characters but no word, then it still scores above an unrelated sentence', () => {
    const query = queryCharacters(services.index, ['最难熬']);
    expect(characterOverlap(query, '值此困难时刻')).toBeGreaterThan(characterOverlap(query, '加强口岸监测'));
  });
});
