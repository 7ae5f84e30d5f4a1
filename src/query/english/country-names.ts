// English → Simplified Chinese country names for the English question path, read from the
// project's gazetteer (src/geo/), so its display-name corrections apply here too (中非共和国,
// not 中非, which in this corpus means China–Africa). Demonyms are added for English questions.
import { gazetteer } from '../../geo/gazetteer.js';

export interface CountryName {
  /** English names, aliases and demonyms ("United States of America", "USA", "US", "American"). */
  en: string[];
  /** Simplified Chinese name ("美国"). */
  zh: string;
}

// Demonyms that no suffix rule derives from the country's English name.
const IRREGULAR_DEMONYMS: Readonly<Record<string, string>> = {
  FR: 'French',
  GB: 'British',
  ES: 'Spanish',
  NL: 'Dutch',
  CH: 'Swiss',
  GR: 'Greek',
  TH: 'Thai',
  PL: 'Polish',
  DK: 'Danish',
  SE: 'Swedish',
  FI: 'Finnish',
  IE: 'Irish',
  PH: 'Filipino',
  PT: 'Portuguese',
  TR: 'Turkish',
  US: 'American',
  NZ: 'New Zealander',
  CZ: 'Czech',
  NO: 'Norwegian',
  PE: 'Peruvian',
  BE: 'Belgian',
  SA: 'Saudi',
  AE: 'Emirati',
  AF: 'Afghan',
  CY: 'Cypriot',
  IS: 'Icelandic',
  LA: 'Laotian',
  MM: 'Burmese',
  MG: 'Malagasy',
  SK: 'Slovak',
  KZ: 'Kazakh',
  UZ: 'Uzbek',
  TJ: 'Tajik',
  KG: 'Kyrgyz',
  TM: 'Turkmen',
  LK: 'Sri Lankan',
  MV: 'Maldivian',
  BN: 'Bruneian',
  LB: 'Lebanese',
  BA: 'Bosnian',
  ME: 'Montenegrin',
  NG: 'Nigerian',
  NE: 'Nigerien',
  CI: 'Ivorian',
  MZ: 'Mozambican',
  ZA: 'South African',
};

/**
 * Likely demonyms of a one-word name ("Italy" → "Italian", "China" → "Chinese", "Pakistan" →
 * "Pakistani", "Germany" → "German", "Singapore" → "Singaporean"). Over-generating is harmless: a form nobody writes is a key nobody looks up.
 */
function demonyms(name: string): string[] {
  if (!/^[A-Z][a-z]+$/.test(name)) return [];
  const stem = name.replace(/[aeiouy]$/, '');
  // A name in -y often drops it ("Germany" → "German").
  const bare = name.endsWith('y') ? [stem] : [];
  // A name in -e keeps it before -an ("Singapore" → "Singaporean", "Chile" → "Chilean").
  return [`${name}n`, `${name}an`, `${name}ian`, `${name}ese`, `${name}i`, `${stem}ian`, `${stem}ese`, `${stem}an`, ...bare];
}

/**
 * Demonyms as documents write them (capitalised: "the Norwegian federation") → the one country,
 * for finding mentions in English text. A form two countries would share is left out, unless it is
 * one's irregular demonym (Nigerian: Nigeria, not Niger); none is also a country's name.
 */
let demonymTable: Map<string, string> | null = null;
export function demonymIds(): ReadonlyMap<string, string> {
  if (demonymTable) return demonymTable;
  const countries = gazetteer().entities.filter((entity) => entity.kind === 'country');
  // Not a name either, nor the first word of one ("Dominican": the Dominican Republic's).
  const names = new Set(
    gazetteer().entities.flatMap((entity) => entity.names.flatMap((n) => [n.toLowerCase(), n.toLowerCase().split(' ')[0]!])),
  );
  const generated = new Map<string, string | null>();
  // A name of several words gives its last word's demonyms after the others: North Korea →
  // North Korean (read as one: "Korean" alone is South Korea's), Papua New Guinea → Papua New Guinean.
  const formsOf = (name: string): string[] => {
    const words = name.split(' ');
    const last = words.pop() ?? '';
    return demonyms(last).map((form) => [...words, form].join(' '));
  };
  for (const entity of countries)
    for (const english of new Set([entity.english, ...entity.names.filter((n) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(n))]))
      for (const form of formsOf(english)) generated.set(form, generated.has(form) && generated.get(form) !== entity.id ? null : entity.id);
  const table = new Map([...generated].filter((pair): pair is [string, string] => pair[1] !== null && !names.has(pair[0].toLowerCase())));
  // Irregular demonyms are written as such ("American", though American Samoa begins with it).
  for (const [id, form] of Object.entries(IRREGULAR_DEMONYMS)) table.set(form, id);
  demonymTable = table;
  return table;
}

let openerSet: Set<string> | null = null;
/** First words of country names of several words ("North", "Papua", "United"): a demonym after one belongs to that name. */
export function nameOpeners(): ReadonlySet<string> {
  openerSet ??= new Set(
    gazetteer()
      .entities.flatMap((entity) => entity.names)
      .filter((name) => /^[A-Z][a-z]+ [A-Z]/.test(name))
      .map((name) => name.split(' ')[0]!)
      // "The Gambia": an article opens any sentence.
      .filter((word) => word !== 'The'),
  );
  return openerSet;
}

/** Every ISO 3166-1 country with its English names (and demonyms) and its Chinese display name. */
export function loadCountryNames(): CountryName[] {
  return gazetteer()
    .entities.filter((entity) => entity.kind === 'country')
    .map((entity) => {
      const english = [...new Set([entity.english, ...entity.names.filter((n) => /[A-Za-z]/.test(n))])];
      const irregular = IRREGULAR_DEMONYMS[entity.id];
      return { en: [...english, ...english.flatMap(demonyms), ...(irregular === undefined ? [] : [irregular])], zh: entity.name };
    });
}

/**
 * English name or demonym → the one country's Chinese name, or null for a form several countries
 * share, or one that begins another country's name ("Dominican": Dominica, or the Dominican
 * Republic).
 */
function countryTable(): Map<string, string | null> {
  const countries = loadCountryNames();
  const table = new Map<string, string | null>();
  for (const { en, zh } of countries) {
    for (const name of en) {
      const seen = table.get(name.toLowerCase());
      table.set(name.toLowerCase(), seen === undefined || seen === zh ? zh : null);
    }
  }
  for (const { en, zh } of countries) {
    for (const name of en) {
      const first = name.toLowerCase().split(' ')[0]!;
      if (first !== name.toLowerCase() && table.has(first) && table.get(first) !== zh) table.set(first, null);
    }
  }
  return table;
}

let countryByEnglish: Map<string, string | null> | null = null;

/**
 * The Chinese name of the one country an English name or demonym stands for ("Filipino" → 菲律宾),
 * whether the corpus mentions it or not (null: none, or ambiguous). /country reads it so that a
 * demonym is answered like the country's name ("not mentioned"), where the corpus-restricted
 * lexicon knows only the countries the corpus writes.
 */
export function countryOfEnglishName(name: string): string | null {
  countryByEnglish ??= countryTable();
  return countryByEnglish.get(name.trim().toLowerCase()) ?? null;
}
