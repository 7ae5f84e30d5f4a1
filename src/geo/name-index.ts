// Which entity each written name stands for. A name claimed by two entities ("Congo") stands for none:
// it is kept, as ambiguous, so a matcher can consume it without guessing.

import { NOT_A_COUNTRY_IN_TEXT } from './country-aliases.js';
import { gazetteer } from './gazetteer.js';

export const isLatin = (name: string): boolean => /[A-Za-z]/.test(name);

/** Lookup key of a name: Latin names ignore case, spacing and a trailing dot; Chinese names are kept. */
export function nameKey(name: string): string {
  const folded = name.normalize('NFKC').trim();
  return isLatin(folded) ? folded.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '') : folded;
}

export interface NameIndex {
  /** key → entity id, or null when the name is ambiguous or not a country in running text. */
  ids: ReadonlyMap<string, string | null>;
}

function buildIndex(extraNonNames: readonly string[]): NameIndex {
  const ids = new Map<string, string | null>();
  for (const entity of gazetteer().entities) {
    for (const name of entity.names) {
      const key = nameKey(name);
      const known = ids.get(key);
      if (known === undefined) ids.set(key, entity.id);
      else if (known !== entity.id) ids.set(key, null);
    }
  }
  for (const word of extraNonNames) ids.set(nameKey(word), null);
  return { ids };
}

let lookupIndex: NameIndex | null = null;
let textIndex: NameIndex | null = null;

/** Every name, for looking up what a user typed as a whole (`中非` is the Central African Republic). */
export function lookupNames(): NameIndex {
  lookupIndex ??= buildIndex([]);
  return lookupIndex;
}

/** Names as they are read inside running text (`中非` there means China–Africa, `印度洋` is no country). */
export function textNames(): NameIndex {
  textIndex ??= buildIndex([...NOT_A_COUNTRY_IN_TEXT, ...gazetteer().entities.flatMap((e) => e.lookupOnly ?? [])]);
  return textIndex;
}
