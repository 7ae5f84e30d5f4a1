// Autocomplete for /country: the countries and regions of the corpus, matched against what the user
// typed so far in any form (意, 義大, ita, IT, 法方), names that start with it first, then by count.

import type { Choice } from '../core/types.js';
import { flagsOnly, flagsToCodes } from './flag-emoji.js';
import { entityById, type GeoEntity } from './gazetteer.js';
import { nameKey } from './name-index.js';
import { placeNamedBy, shortFormsOf } from './resolve-country.js';

export interface CountryCount {
  /** ISO alpha-2 code or region/organisation id, as in Passage.countries. */
  code: string;
  count: number;
}

interface Candidate {
  entity: GeoEntity;
  count: number;
  choice: Choice;
  /** The same place for an English client: Italy · 11 sentences. */
  choiceEn: Choice;
  /** Every name as a lookup key (lower-case Latin), to test prefixes and substrings. */
  forms: string[];
  /** Forms that count only when typed whole: codes and short forms (else 中 would match every 中X). */
  exact: string[];
}

// Built once per list the engine passes (it keeps one for its lifetime), so a keystroke costs a scan only.
const cache = new WeakMap<readonly CountryCount[], Candidate[]>();

function candidatesFor(available: readonly CountryCount[]): Candidate[] {
  const known = cache.get(available);
  if (known) return known;
  const built: Candidate[] = [];
  for (const { code, count } of available) {
    const entity = entityById(code);
    if (!entity) continue;
    const forms = entity.names.map(nameKey);
    const exact = [...shortFormsOf(entity.id), entity.id, entity.alpha3 ?? ''].filter(Boolean).map(nameKey);
    // Counted in sentences (句), as the answer counts them; 条 counts chronicle entries.
    built.push({
      entity,
      count,
      choice: { name: `${entity.name} ${entity.english} · ${count}句`, value: entity.name },
      choiceEn: { name: `${entity.english} · ${count} ${count === 1 ? 'sentence' : 'sentences'}`, value: entity.english },
      forms,
      exact,
    });
  }
  built.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name, 'zh'));
  cache.set(available, built);
  return built;
}

/** Up to `limit` choices: exact form, then prefix, then substring matches, each group by passage count. */
export function suggestCountries(typed: string, available: readonly CountryCount[], limit = 25, locale: 'zh' | 'en' = 'zh'): Choice[] {
  // Several flags (🇺🇸🇮🇹): each one's choices, since one /country shows one place.
  const flags = typeof typed === 'string' ? flagsOnly(typed) : null;
  if (flags && flags.length > 1) {
    const choices = flags.flatMap((code) => suggestCountries(code, available, limit, locale).slice(0, 1));
    return [...new Map(choices.map((c) => [c.value, c])).values()].slice(0, limit);
  }
  const candidates = candidatesFor(available);
  const choiceOf = (candidate: Candidate) => (locale === 'en' ? candidate.choiceEn : candidate.choice);
  // A flag is one place: its code matched inside names (IT in United States) is no choice.
  if (flags?.length === 1) {
    const code = nameKey(flags[0]!);
    return candidates.filter((c) => c.exact.includes(code) || c.forms.includes(code)).map(choiceOf);
  }
  const text = nameKey(
    typeof typed === 'string' ? flagsToCodes(flags?.length === 1 ? flags[0]! : typed).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '') : '',
  );
  if (text === '') return candidates.slice(0, limit).map(choiceOf);
  // The place the text names whole comes first, as /country reads it, and a place only a name's
  // middle matches is then another place: 朝鲜 (North Korea) is not 南朝鲜; Korean is South Korea.
  const named = placeNamedBy(typed)?.id ?? null;
  if (named !== null) {
    const place = candidates.filter((c) => c.entity.id === named);
    const prefixed = candidates.filter((c) => c.entity.id !== named && c.forms.some((f) => f.startsWith(text)));
    return [...place, ...prefixed].slice(0, limit).map(choiceOf);
  }
  const groups: Choice[][] = [[], [], []];
  for (const candidate of candidates) {
    const rank =
      candidate.forms.includes(text) || candidate.exact.includes(text)
        ? 0
        : candidate.forms.some((f) => f.startsWith(text))
          ? 1
          : candidate.forms.some((f) => f.includes(text))
            ? 2
            : -1;
    if (rank >= 0) groups[rank]?.push(choiceOf(candidate));
  }
  return groups.flat().slice(0, limit);
}
