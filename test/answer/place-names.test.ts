import { describe, expect, it } from 'vitest';
import { nameIn, typedBackName } from '../../src/answer/place-names.js';
import { gazetteer } from '../../src/geo/gazetteer.js';
import { placeIdOf, resolveCountry } from '../../src/geo/resolve-country.js';

const idOf = (name: string): string | null => placeIdOf(resolveCountry(name));

describe('place names shown to an English reader', () => {
  it('given any place, then the English name offered finds that place again when typed back', () => {
    // "Congo" names two countries: offered as a suggestion, it led back to the same question.
    for (const entity of gazetteer().entities) {
      const shown = typedBackName(entity.id, entity.name);
      expect(shown, entity.id).toMatch(/[A-Za-z]/);
      expect(idOf(shown), `${entity.id} ${shown}`).toBe(entity.id);
    }
  });

  it('given a Chinese reader, then the Chinese name; an English one, the English', () => {
    expect(nameIn('zh', '意大利')).toBe('意大利');
    expect(nameIn('en', '意大利')).toBe('Italy');
  });
});
