import type { Services } from '../core/services.js';
import { resolveCountry } from '../geo/resolve-country.js';
import { toSimplified } from '../text/normalize.js';
import { countryName } from './place-names.js';
import { soundsAlike } from './spelling.js';

// What /country offers for a name it does not know: places the documents mention, or nothing.
// "Did you mean Antarctica?" led to "The documents do not mention Antarctica".

/** Whether the documents mention the place of this name (a region through any of its members). */
function mentionedPlace(services: Services, name: string): boolean {
  const resolved = resolveCountry(name);
  if (resolved.kind === 'country') return services.library.passagesMentioning(resolved.code).length > 0;
  if (resolved.kind === 'region')
    return [resolved.id, ...resolved.members].some((id) => services.library.passagesMentioning(id).length > 0);
  return resolved.kind === 'group';
}

/**
 * Places the documents mention whose Chinese name is `typed` with one character swapped for one
 * that sounds the same (德过 → 德国: a homophone the pinyin keyboard offered), as /search corrects.
 */
function homophonesOf(services: Services, typed: string): string[] {
  // Read in Simplified, as the documents' names are (德過 is 德过).
  const chars = [...toSimplified(typed)];
  if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return [];
  return services.library.countriesWithPassages
    .map(({ code }) => countryName(code))
    .filter((name) => [...name].length === chars.length && soundsAlike(services, chars, [...name]));
}

/** The names offered for `typed`, of those the gazetteer found close (`close`): the mentioned ones, else homophones of mentioned ones. */
export function countrySuggestions(services: Services, typed: string, close: readonly string[]): string[] {
  const mentioned = close.filter((name) => mentionedPlace(services, name));
  return mentioned.length ? mentioned : homophonesOf(services, typed);
}
