import type { Services } from '../core/services.js';
import { ordinalInDigits } from '../query/english/ordinals.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { withoutAddresses } from './addresses.js';
import { withoutVersionV } from './version-starts.js';

// What of a query is translated as English (query-analysis.ts): not the Latin compounds the
// documents write as one word (Wi-Fi), nor addresses, versions' v or numbers with their unit;
// in a Chinese question, its runs of Latin letters; and the numbers that are only part of a
// compound translated whole (the 19 of COVID-19), which are not asked for.

/** The runs of Latin letters in a mostly Chinese question, as one English text ("" when none). */
export function embeddedEnglish(query: string): string {
  return (query.match(/[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)*/g) ?? []).join(', ');
}

/**
 * A number and its unit (120Hz, 2.4GHz, 5G), not an English ordinal (4th, 22nd): the number is what
 * is asked, the unit says of what.
 */
const NUMBER_WITH_UNIT = /(?<![A-Za-z\d.])\d+(?:\.\d+)*[-‐–]?(?!(?:st|nd|rd|th)(?![A-Za-z]))[A-Za-z]+/g;

/**
 * The query without the Latin compounds the corpus writes as one word (Wi-Fi, COVID-19, ABC-123):
 * those are searched as written; translated piece by piece they became 音响 ("hi-fi") and "not
 * understood: Wi". Nor its addresses (hr@qmx-media.cn: hr is no hour), nor the v of its versions
 * (v0.10). Nor its numbers with their unit: translated, 120Hz's 120 was a number glued to a word,
 * not asked, and /search 120Hz listed 50Hz by its unit alone (2.4GHz was read as 2 and 4GHz).
 */
export function withoutWrittenCompounds(services: Services, query: string, words: readonly string[]): string {
  const written = words.filter((w) => /[a-z]/.test(w) && /[-.\d]/.test(w) && services.index.frequency(w) > 0);
  let rest = withoutVersionV(withoutAddresses(query));
  for (const word of written) rest = rest.replace(new RegExp(escapeRegExp(word), 'gi'), ' ');
  return rest.replace(NUMBER_WITH_UNIT, ' ');
}

/** An English word glued to a number (COVID-19, MP3, 5G): the documents' compounds are taken out before. */
const LATIN_COMPOUND = /[A-Za-z]+[-‐–]?\d+(?:\.\d+)?|\d+(?:\.\d+)?[-‐–]?[A-Za-z]+/g;

/**
 * Numbers of `text` written only inside such compounds: part of a word that is translated whole
 * (COVID-19 → 新冠肺炎), not numbers asked for. Searched alone, "19" found 南亚地区19国.
 */
export function gluedNumbers(text: string): Set<string> {
  // An ordinal (38th) is its number, not a compound: the documents write 第 38 座.
  const compounds = (text.match(LATIN_COMPOUND) ?? []).filter((c) => ordinalInDigits(c) === null);
  const inCompounds = compounds.flatMap((c) => c.match(/\d+(?:\.\d+)?/g) ?? []);
  const standalone = new Set(text.replace(LATIN_COMPOUND, ' ').match(/\d+(?:\.\d+)?/g) ?? []);
  return new Set(inCompounds.filter((n) => !standalone.has(n)));
}
