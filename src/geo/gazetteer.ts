// Every ISO 3166-1 country and territory with its Simplified, Traditional and English names, built
// from i18n-iso-countries (names, also in a few other languages), opencc-js (Traditional forms) and
// CC-CEDICT (further names), plus the regions and organisations.
// Built once, lazily, when the index is built: the OpenCC dictionaries take about a second to load,
// and a start from the saved index primes the entities instead, so the packages are only required
// inside buildGazetteer (the default i18n-iso-countries entry would also register ~80 locales).

import { createRequire } from 'node:module';
import type * as IsoCountries from 'i18n-iso-countries';
import type * as OpenCCModule from 'opencc-js/cn2t';
import { readCedict } from '../query/english/cedict-source.js';
import { cedictCountryNames } from './cedict-country-names.js';
import { cedictNamesByMainSense } from './cedict-entity-names.js';
import { COUNTRY_ALIASES, DISPLAY_NAME_EN, DISPLAY_NAME_ZH } from './country-aliases.js';
import { REGIONS, type RegionData } from './regions.js';

export interface GeoEntity {
  /** ISO 3166-1 alpha-2 code (`IT`) or a region/organisation id (`region:eu`, `org:who`). */
  id: string;
  kind: 'country' | 'region';
  /** Simplified Chinese display name. */
  name: string;
  /** English display name. */
  english: string;
  /** Every written form, display names first: Simplified, Traditional, English, aliases (no duplicates). */
  names: string[];
  /**
   * Names (among `names`) that count only when typed whole, never inside running text: two-character
   * short names from CC-CEDICT, such as 大马, which begins 大马士革 (Damascus).
   */
  lookupOnly?: string[];
  /** ISO alpha-3 code for countries, else null. */
  alpha3: string | null;
  /** Member countries of a region (ISO codes), empty for countries and open-ended regions. */
  members: string[];
}

export interface Gazetteer {
  entities: readonly GeoEntity[];
  byId: ReadonlyMap<string, GeoEntity>;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ''))];
}

// A readable English name: the shortest plain one ("Italy", not "Holy See (Vatican City State)").
function plainEnglish(names: readonly string[]): string {
  const plain = names.filter((n) => n.length > 3 && !/[.,()]/.test(n));
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] ?? '';
}

const require = createRequire(import.meta.url);

function buildGazetteer(): Gazetteer {
  const countries = require('i18n-iso-countries/index') as typeof IsoCountries;
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json') as IsoCountries.LocaleData);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as IsoCountries.LocaleData);
  const OpenCC = require('opencc-js/cn2t') as typeof OpenCCModule;
  // Character-level Taiwan forms (韓國) and Taiwan phrase forms (義大利, 紐西蘭, 沙烏地阿拉伯).
  const converters = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'twp' })];
  const traditional = (names: readonly string[]): string[] => names.flatMap((n) => converters.map((convert) => convert(n)));

  const entities: GeoEntity[] = [];
  const zhNames = countries.getNames('zh', { select: 'all' });
  const enNames = countries.getNames('en', { select: 'all' });
  for (const [code, packageZh] of Object.entries(zhNames)) {
    const aliases = COUNTRY_ALIASES[code] ?? [];
    const english = enNames[code] ?? [];
    const simplified = unique([DISPLAY_NAME_ZH[code] ?? packageZh[0] ?? code, ...packageZh, ...aliases.filter((a) => !/[A-Za-z]/.test(a))]);
    const latin = unique([...english, ...aliases.filter((a) => /[A-Za-z]/.test(a))]);
    entities.push({
      id: code,
      kind: 'country',
      name: simplified[0] ?? code,
      english: DISPLAY_NAME_EN[code] ?? plainEnglish(english),
      names: unique([...simplified, ...traditional(simplified), ...latin]),
      alpha3: countries.alpha2ToAlpha3(code) ?? null,
      members: [],
    });
  }
  const cedict = readCedict();
  const latinNames = (region: RegionData): string[] => [region.english, ...region.names.filter((n) => /[A-Za-z]/.test(n))];
  const dictionaryNames = cedictNamesByMainSense(
    cedict,
    REGIONS.flatMap((region) => (region.name === undefined ? latinNames(region) : [])),
  );
  for (const region of REGIONS) {
    const name =
      region.name ??
      latinNames(region)
        .map((n) => dictionaryNames.get(n.toLowerCase()))
        .find((n) => n !== undefined) ??
      region.english;
    const simplified = unique([name, ...region.names.filter((n) => !/[A-Za-z]/.test(n))]);
    entities.push({
      id: region.id,
      kind: 'region',
      name,
      english: region.english,
      names: unique([...simplified, ...traditional(simplified), region.english, ...region.names.filter((n) => /[A-Za-z]/.test(n))]),
      alpha3: null,
      members: [...region.members],
    });
  }
  const codeOf = new Map<string, string>();
  for (const [code, names] of Object.entries(enNames)) for (const name of names) codeOf.set(name.toLowerCase(), code);
  const cedictNames = addNames(entities, cedictCountryNames(cedict, codeOf));
  for (const [entity, names] of cedictNames) {
    const short = names.filter((n) => [...n].length === 2);
    if (short.length > 0) entity.lookupOnly = short;
  }
  addNames(entities, foreignNames());
  return { entities, byId: new Map(entities.map((e) => [e.id, e])) };
}

/**
 * Languages whose names for countries a user of an international server may type (España,
 * Deutschland, Allemagne): the largest languages written in Latin script that the package has.
 */
const FOREIGN_LOCALES = ['es', 'fr', 'de', 'it', 'pt', 'nl'] as const;

function foreignNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const locale of FOREIGN_LOCALES) {
    const data = require(`i18n-iso-countries/langs/${locale}.json`) as IsoCountries.LocaleData;
    for (const [code, value] of Object.entries(data.countries)) names.set(code, [...(names.get(code) ?? []), ...[value].flat()]);
  }
  return names;
}

/** Further names per code, each kept only if no entity has it already (in any letter case); returns what was added. */
function addNames(entities: GeoEntity[], namesByCode: ReadonlyMap<string, readonly string[]>): Map<GeoEntity, string[]> {
  const taken = new Set(entities.flatMap((e) => e.names.map((n) => n.toLowerCase())));
  const added = new Map<GeoEntity, string[]>();
  for (const [code, names] of namesByCode) {
    const entity = entities.find((e) => e.id === code);
    const fresh = unique(names).filter((n) => !taken.has(n.toLowerCase()));
    if (entity === undefined || fresh.length === 0) continue;
    entity.names = [...entity.names, ...fresh];
    for (const name of fresh) taken.add(name.toLowerCase());
    added.set(entity, fresh);
  }
  return added;
}

/**
 * The package files buildGazetteer reads: a change of them changes the gazetteer. CC-CEDICT's
 * data file is left out: the prepared dictionaries hash it already.
 */
export function gazetteerSourceFiles(): string[] {
  return [
    'i18n-iso-countries/index',
    'i18n-iso-countries/codes.json',
    'i18n-iso-countries/langs/zh.json',
    'i18n-iso-countries/langs/en.json',
    ...FOREIGN_LOCALES.map((locale) => `i18n-iso-countries/langs/${locale}.json`),
    'opencc-js/cn2t',
  ].map((m) => require.resolve(m));
}

let built: Gazetteer | null = null;

/** The gazetteer, built on first use (or primed from saved data) and kept for the life of the process. */
export function gazetteer(): Gazetteer {
  built ??= buildGazetteer();
  return built;
}

/** The entities as plain data, saved with the index so a start never pays for OpenCC's dictionaries. */
export function gazetteerData(): GeoEntity[] {
  return [...gazetteer().entities];
}

function isEntity(value: unknown): value is GeoEntity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    Array.isArray(v.names) &&
    Array.isArray(v.members) &&
    (v.lookupOnly === undefined || Array.isArray(v.lookupOnly))
  );
}

/**
 * Uses saved entities instead of building them; false (nothing changed) when the data is not
 * usable. True when already built: the entities do not depend on the corpus (a reload primes again).
 */
export function primeGazetteer(saved: unknown): boolean {
  if (built) return true;
  if (!Array.isArray(saved) || saved.length === 0 || !saved.every(isEntity)) return false;
  built = { entities: saved, byId: new Map(saved.map((e) => [e.id, e])) };
  return true;
}

/** The entity with that ISO code or region id, or undefined. */
export function entityById(id: string): GeoEntity | undefined {
  return gazetteer().byId.get(id);
}
