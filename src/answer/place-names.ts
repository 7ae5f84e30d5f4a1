import { entityById } from '../geo/gazetteer.js';
import { placeIdOf, resolveCountry } from '../geo/resolve-country.js';
import { demonymIds } from '../query/english/country-names.js';
import type { Locale } from './locale.js';

// How /country names places: in the reader's language, and every Latin form a highlight looks for.

/** A country's or region's English name, for English answers, else the Chinese one. */
export function englishName(id: string, chinese: string): string {
  return entityById(id)?.english || chinese;
}

const latinNamesById = new Map<string, string[]>();

/**
 * The Latin names of a country or region and its demonyms ("Norway", "Norwegian"), lower-cased as
 * highlights match. Kept per id: the demonyms are 3,000 forms to look through.
 */
export function latinNames(id: string): string[] {
  let found = latinNamesById.get(id);
  if (!found) {
    const names = (entityById(id)?.names ?? []).filter((n) => /[A-Za-z]/.test(n) && n.length > 3);
    const people = [...demonymIds()].filter(([, of]) => of === id).map(([form]) => form);
    found = [...new Set([...names, ...people].map((n) => n.toLowerCase()))];
    latinNamesById.set(id, found);
  }
  return found;
}

/** A country's or region's Chinese display name. */
export function countryName(code: string): string {
  return entityById(code)?.name ?? code;
}

/** A place's name as the reader's language writes it: Italy for 意大利 when the client is in English. */
export function nameIn(locale: Locale, chinese: string): string {
  if (locale !== 'en') return chinese;
  const id = placeIdOf(resolveCountry(chinese));
  return id === null ? chinese : typedBackName(id, chinese);
}

/**
 * The English name of a place by id that finds the place again when typed back ("Congo" names
 * two countries, and led back to the same question: Republic of the Congo does not); else the Chinese one.
 */
export function typedBackName(id: string, chinese: string): string {
  const latin = (entityById(id)?.names ?? []).filter((n) => /^[A-Za-z][A-Za-z .,'()-]*$/.test(n));
  const findsIt = (name: string) => placeIdOf(resolveCountry(name)) === id;
  return [englishName(id, chinese), ...latin].find(findsIt) ?? chinese;
}
