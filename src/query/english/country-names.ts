// English → Simplified Chinese country names from i18n-iso-countries, for the English question
// path only. The full gazetteer (aliases, Traditional names, short forms) lives in src/geo/.
import { createRequire } from 'node:module';
import type * as IsoCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

export interface CountryName {
  /** English names, aliases and demonyms ("United States of America", "USA", "US", "American"). */
  en: string[];
  /** Simplified Chinese name ("美国"). */
  zh: string;
}

// Demonyms that no suffix rule derives from the country's English name.
const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = {
  FR: 'French', GB: 'British', ES: 'Spanish', NL: 'Dutch', CH: 'Swiss', GR: 'Greek', TH: 'Thai',
  PL: 'Polish', DK: 'Danish', SE: 'Swedish', FI: 'Finnish', IE: 'Irish', PH: 'Filipino',
  PT: 'Portuguese', TR: 'Turkish', US: 'American', NZ: 'New Zealander', CZ: 'Czech',
};

/**
 * Likely demonyms of a one-word name ("Italy" → "Italian", "China" → "Chinese", "Pakistan" →
 * "Pakistani"). Over-generating is harmless: a form nobody writes is a key nobody looks up.
 */
function demonyms(name: string): string[] {
  if (!/^[A-Z][a-z]+$/.test(name)) return [];
  const stem = name.replace(/[aeiouy]$/, '');
  return [`${name}n`, `${name}ian`, `${name}ese`, `${name}i`, `${stem}ian`, `${stem}ese`, `${stem}an`];
}

/** Every ISO 3166-1 country with its English names and Chinese name (loads only the two locales). */
export function loadCountryNames(): CountryName[] {
  // The package's default entry registers all ~80 locales; the bare library plus two is enough.
  const countries = require('i18n-iso-countries/index') as typeof IsoCountries;
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as IsoCountries.LocaleData);
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json') as IsoCountries.LocaleData);
  const english = countries.getNames('en', { select: 'all' });
  const chinese = countries.getNames('zh', { select: 'official' });
  const names: CountryName[] = [];
  for (const [code, en] of Object.entries(english)) {
    const zh = chinese[code];
    if (zh === undefined || zh === '') continue;
    const irregular = IRREGULAR_DEMONYMS[code];
    names.push({ en: [...en, ...en.flatMap(demonyms), ...(irregular === undefined ? [] : [irregular])], zh });
  }
  return names;
}
