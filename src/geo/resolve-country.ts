// What a user means by the country they typed for /country: a country, a region or organisation,
// or an unknown name with the closest known names.

import { once } from '../core/lazy.js';
import { countryOfEnglishName, demonymIds } from '../query/english/country-names.js';
import { toSimplified } from '../text/normalize.js';
import { compoundNamesOf } from './country-aliases.js';
import { flagsOnly, flagsToCodes } from './flag-emoji.js';
import { entityById, type GeoEntity, gazetteer } from './gazetteer.js';
import { matchNames } from './match-names.js';
import { isLatin, lookupNames, nameKey } from './name-index.js';
import { ALONE_CHARS, PAIR_CHARS, SHORT_FORM_CANDIDATES, SIDE_CHARS } from './short-forms.js';
import { looksLike, similarity } from './similarity.js';
import { isOnlyStateForm } from './state-forms.js';

export type CountryResolution =
  | { kind: 'country'; code: string; name: string; aliases: string[] }
  | { kind: 'region'; id: string; name: string; members: string[]; aliases: string[] }
  /** Several countries named at once by a news short form (中日韩): ISO codes of the partners. */
  | { kind: 'group'; name: string; members: string[] }
  /** `shortForm`: a one-character form of several places typed alone (塞), its suggestions those places. */
  | { kind: 'unknown'; suggestions: string[]; shortForm?: true }
  /** Several places named at once ("美国和意大利"): their display names, in the order found. */
  | { kind: 'several'; names: string[] }
  | { kind: 'empty' };

/** The one place a resolution names (ISO code or region id), or null for none or several. */
export function placeIdOf(resolution: CountryResolution): string | null {
  return resolution.kind === 'country' ? resolution.code : resolution.kind === 'region' ? resolution.id : null;
}

const MAX_SUGGESTIONS = 5;
const MAX_INPUT_LENGTH = 60;

/** The short forms that stand for this entity by default (法方, 中法 for FR). */
export function shortFormsOf(id: string): string[] {
  const forms: string[] = [];
  for (const [char, candidates] of Object.entries(SHORT_FORM_CANDIDATES)) {
    if (candidates[0] !== id) continue;
    if (SIDE_CHARS.has(char)) forms.push(`${char}方`);
    if (PAIR_CHARS.has(char)) forms.push(`中${char}`);
  }
  return forms;
}

function resolution(entity: GeoEntity): CountryResolution {
  return entity.kind === 'country'
    ? {
        kind: 'country',
        code: entity.id,
        name: entity.name,
        aliases: [...entity.names, ...shortFormsOf(entity.id), ...compoundNamesOf(entity.id)],
      }
    : {
        kind: 'region',
        id: entity.id,
        name: entity.name,
        members: [...entity.members],
        aliases: [...entity.names, ...shortFormsOf(entity.id)],
      };
}

function clean(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** 法方 → FR, 中法 → FR, 中欧 → the EU; 中日韩 names several countries and is not one. */
function fromShortForm(text: string): GeoEntity | undefined {
  const side = /^(.)方$/u.exec(text);
  const pair = /^中(.)$/u.exec(text);
  // Typed alone (/country 美, 德), a form of one place (short-forms.ts ALONE_CHARS).
  const char = side?.[1] ?? pair?.[1] ?? (ALONE_CHARS.has(text) ? text : undefined);
  const id = char === undefined ? undefined : SHORT_FORM_CANDIDATES[char]?.[0];
  return id === undefined ? undefined : entityById(id);
}

/** The places a one-character form typed alone may stand for, when it stands for several (塞: 塞尔维亚, 塞浦路斯…). */
function shortFormCandidates(text: string): string[] {
  const ids = /^\p{Script=Han}$/u.test(text) ? (SHORT_FORM_CANDIDATES[toSimplified(text)] ?? []) : [];
  return ids.length > 1 ? ids.flatMap((id) => entityById(id)?.name ?? []) : [];
}

/** 中日韩 names several countries at once: the ids of China's partners. */
function pairedEntities(text: string): string[] {
  const pair = /^中(.{2,})$/u.exec(text);
  const ids = pair ? [...(pair[1] ?? '')].map((c) => SHORT_FORM_CANDIDATES[c]?.[0]) : [];
  if (ids.length === 0 || ids.some((id) => id === undefined || !entityById(id))) return [];
  return ids.filter((id): id is string => id !== undefined);
}

const NAME_BOUNDARY = /^[\s\p{P}\p{S}和与及跟或]$/u;

/**
 * What the known names inside a longer input say: one place ("意大利疫情", "Italy news"), a
 * country's official name (叙利亚阿拉伯共和国: the rest is words for its form of state), or several
 * places, which one /country cannot show at once ("美国和意大利").
 */
function fromContainedNames(text: string): { entity: GeoEntity } | { several: GeoEntity[] } | undefined {
  const all = matchNames(text, lookupNames());
  // An official name is tested on every match: its country's name may be a short one inside it.
  const official = all.filter((m) => entityById(m.id)?.kind === 'country' && isOnlyStateForm(text.slice(0, m.start) + text.slice(m.end)));
  const [country] = official;
  const officialEntity = official.length === 1 && country !== undefined ? entityById(country.id) : undefined;
  if (officialEntity) return { entity: officialEntity };
  // Otherwise a two-character name counts only where a name may start (the start, after a space,
  // a mark or 和/与/及/跟/或): inside a word it is too often part of another one.
  const matches = all.filter((m) => m.end - m.start >= 3 || m.start === 0 || NAME_BOUNDARY.test(text[m.start - 1] ?? ''));
  const entities = [...new Set(matches.map((m) => m.id))].map((id) => entityById(id)).filter((e): e is GeoEntity => e !== undefined);
  const [only] = entities;
  if (entities.length === 1 && only !== undefined) return { entity: only };
  return entities.length > 1 ? { several: entities } : undefined;
}

/** Each place's names as suggestionsFor compares them: Latin ones lower-cased, apart from the others (once per process). */
const suggestionKeys = once(() =>
  gazetteer().entities.map((entity) => ({
    entity,
    latin: [...new Set(entity.names.filter(isLatin).map((name) => name.toLowerCase()))],
    other: entity.names.filter((name) => !isLatin(name)),
  })),
);

function suggestionsFor(text: string): string[] {
  const latin = isLatin(text);
  const typed = latin ? text.toLowerCase() : text;
  const scored: { name: string; score: number }[] = [];
  for (const keys of suggestionKeys()) {
    let best = 0;
    for (const key of latin ? keys.latin : keys.other) if (looksLike(typed, key, latin)) best = Math.max(best, similarity(typed, key));
    if (best >= 0.3) scored.push({ name: keys.entity.name, score: best });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh'));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.name);
}

/**
 * Resolves Simplified, Traditional or English names (any case), ISO alpha-2/alpha-3 codes, flag emoji,
 * region ids and news short forms (法方, 中法). Never throws.
 */
/** The place a whole name, code or short form names (raw: as typed, flags as codes; text: cleaned). */
function namedWhole(raw: string, text: string): GeoEntity | null {
  // Names may end in punctuation themselves (刚果（金）), so look the untrimmed form up first.
  // A name typed half Simplified, half Traditional (克罗地亞) is looked up in Simplified too.
  const byName = [raw, text, toSimplified(text)].map((form) => entityById(lookupNames().ids.get(nameKey(form)) ?? '')).find(Boolean);
  if (byName) return byName;
  if (/^[A-Za-z]{2,3}$/.test(text)) {
    const code = text.toUpperCase();
    const entity = gazetteer().entities.find((e) => e.id === code || e.alpha3 === code);
    if (entity) return entity;
  }
  return entityById(text.toLowerCase()) ?? fromShortForm(text) ?? null;
}

/**
 * The place `input` names as a whole, by a name, code or short form, or by an English name or
 * demonym (Korean, Swiss, Filipinos): what /country's autocomplete offers first. Cheap: none of
 * resolveCountry's search of names inside the text or of near spellings.
 */
export function placeNamedBy(input: string): GeoEntity | null {
  const raw = flagsToCodes(input);
  const text = clean(raw);
  if (text === '' || text.length > MAX_INPUT_LENGTH) return null;
  const whole = namedWhole(raw, text);
  if (whole || !/^[A-Za-z][A-Za-z .'-]*$/.test(text)) return whole;
  const forms = [text, text.replace(/s$/i, '')];
  const english = forms.map(countryOfEnglishName).find((name) => name !== null);
  if (english) return namedWhole(english, english);
  // Demonyms as documents write them, irregular ones too (American, French).
  const capitalised = (form: string) => form.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  const id = forms.map((form) => demonymIds().get(capitalised(form))).find(Boolean);
  return id ? (entityById(id) ?? null) : null;
}

export function resolveCountry(input: string): CountryResolution {
  const flags = typeof input === 'string' ? flagsOnly(input) : null;
  if (flags && flags.length > 1) {
    const places = flags.map((code) => resolveCountry(code));
    const names = [...new Set(places.flatMap((r) => (r.kind === 'country' || r.kind === 'region' ? [r.name] : [])))];
    // Two flags of one place (🇬🇧 and 🇺🇰 are both 英国) are that place.
    const [first] = places;
    if (names.length === 1 && first && places.every((r) => r.kind === 'country' || r.kind === 'region')) return first;
    if (names.length > 1 && places.every((r) => r.kind === 'country' || r.kind === 'region')) return { kind: 'several', names };
  }
  const raw = typeof input === 'string' ? flagsToCodes(flags?.length === 1 ? flags[0]! : input) : '';
  const text = clean(raw);
  if (text === '') return { kind: 'empty' };
  if (text.length > MAX_INPUT_LENGTH) return { kind: 'unknown', suggestions: [] };

  const whole = namedWhole(raw, text);
  if (whole) return resolution(whole);
  const contained = fromContainedNames(text);
  if (contained && 'entity' in contained) return resolution(contained.entity);
  const paired = pairedEntities(text);
  if (paired.length > 0) return { kind: 'group', name: text, members: paired };
  if (contained) return { kind: 'several', names: contained.several.map((e) => e.name) };
  const candidates = shortFormCandidates(text);
  return candidates.length
    ? { kind: 'unknown', suggestions: candidates, shortForm: true }
    : { kind: 'unknown', suggestions: suggestionsFor(text) };
}
