import type { PassageNumbers } from '../index/passage-numbers.js';
import { toSimplified } from '../text/normalize.js';
import { once } from './lazy.js';
import { passageLookups } from './passage-lookups.js';
import type { Corpus, DocumentMeta, Entry, IngestedDocument, Passage, Section } from './types.js';
import { unitLookup } from './unit-lookup.js';

// Read-only lookups over the ingested corpus, computed once when the engine starts, so that
// /date, /country and /context are map lookups rather than scans. Lookups by passage id (its
// entries, section and retrieval units) are built on first use: hashing every id costs a
// noticeable part of start-up at 100× the corpus, and createEngine builds them right after ready.

export interface Library {
  documents: IngestedDocument[];
  doc(docId: string): IngestedDocument | undefined;
  passage(id: string): Passage | undefined;
  /** Chronicle entries per ISO date, in document order. */
  entriesOn(date: string): Entry[];
  /** Days that have entries, ascending, with entry counts. */
  datesWithEntries: { date: string; count: number }[];
  /** Entries a passage belongs to (several when the sentence is repeated). */
  entriesOf(passageId: string): Entry[];
  sectionOf(passageId: string): Section | undefined;
  /** Retrieval units (index/units.ts) whose score a passage inherits. */
  unitsOf(passageId: string): string[];
  /** unitsOf the passage numbered `n` in the index (PassageNumbers). */
  unitsOfNumber(n: number): string[];
  /** The passage numbers of each of unitsOfNumber(n)'s texts, in its order. */
  unitTextsOfNumber(n: number): ArrayLike<number>[];
  /** unitsOfNumber(n) as numbers, one per unit, in its order (no id string is made). */
  unitKeysOfNumber(n: number): number[];
  /** Passages credited with a retrieval unit's score. */
  unitMembers(unitId: string): string[];
  /** Units whose text includes a passage (its entry, its own window and its neighbours'). */
  unitsContaining(passageId: string): string[];
  /** Passages whose text a unit includes (the inverse of unitsContaining). */
  unitText(unitId: string): string[];
  /** unitText's passages by number (the index's numbering; -1 for an id no passage has). */
  unitTextNumbers(unitId: string): ArrayLike<number>;
  /** Passages mentioning a country or region id, in corpus order. */
  passagesMentioning(code: string): Passage[];
  /** Country/region ids present in the corpus, with passage counts. */
  countriesWithPassages: { code: string; count: number }[];
  /** Passages in corpus order (documents in load order). */
  allPassages: Passage[];
  /** How many passages the index numbers (matchTextAt's numbers run from 0 below it). */
  passageCount: number;
  /** A passage's text folded for matching (NFKC, lower case, Simplified), computed once. */
  matchText(passage: Passage): string;
  /** matchText of the passage numbered `n` (PassageNumbers): a candidate's text without hashing its id. */
  matchTextAt(n: number): string;
}

export function docLabel(meta: DocumentMeta): string {
  return meta.shortTitle ?? meta.title;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `numbers`: the corpus's passages as the index numbers them. */
export function buildLibrary(corpus: Corpus, numbers: PassageNumbers): Library {
  const docs = new Map<string, IngestedDocument>();
  const byDate = new Map<string, Entry[]>();
  const byCountry = new Map<string, Passage[]>();
  const allPassages: Passage[] = [];
  const matchTexts = new Map<string, string>();
  // The same texts by passage number, filled as they are asked for.
  const matchTextsByNumber: (string | undefined)[] = [];

  for (const doc of corpus.documents) {
    docs.set(doc.meta.id, doc);
    for (const p of doc.passages) {
      allPassages.push(p);
      for (const code of p.countries) push(byCountry, code, p);
    }
    for (const entry of doc.entries) for (const date of new Set(entry.dates)) if (date) push(byDate, date, entry);
  }
  // A day's entries in the order the day has them: an entry repeated from an earlier day comes
  // where it is repeated, not where it first stood (documents keep their order).
  const docOrder = new Map(corpus.documents.map((doc, i) => [doc.meta.id, i]));
  const ordinalOn = (entry: Entry, date: string) => entry.ordinals[entry.dates.indexOf(date)] ?? entry.ordinal;
  for (const [date, entries] of byDate)
    entries.sort((a, b) => docOrder.get(a.docId)! - docOrder.get(b.docId)! || ordinalOn(a, date) - ordinalOn(b, date));

  const matchText = (passage: Passage): string => {
    let text = matchTexts.get(passage.id);
    if (text === undefined) {
      text = toSimplified(passage.text);
      matchTexts.set(passage.id, text);
    }
    return text;
  };
  const lookups = once(() => passageLookups(corpus, numbers));
  const entriesOf = (id: string) => lookups().entriesOf(id);
  const units = once(() => unitLookup(corpus, entriesOf, numbers, (n) => lookups().entriesAt(n)));
  const datesWithEntries = [...byDate.entries()]
    .map(([date, entries]) => ({ date, count: entries.length }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const countriesWithPassages = [...byCountry.entries()]
    .map(([code, list]) => ({ code, count: list.length }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

  return {
    documents: corpus.documents,
    doc: (id) => docs.get(id),
    passage: (id) => {
      const at = numbers.numberOf(id);
      return at < 0 ? undefined : numbers.passages[at];
    },
    entriesOn: (date) => byDate.get(date) ?? [],
    datesWithEntries,
    entriesOf,
    sectionOf: (id) => lookups().sectionOf(id),
    unitsOf: (id) => units().unitsOf(id),
    unitsOfNumber: (n) => units().unitsOfNumber(n),
    unitTextsOfNumber: (n) => units().unitTextsOfNumber(n),
    unitKeysOfNumber: (n) => units().unitKeysOfNumber(n),
    unitMembers: (id) => units().unitMembers(id),
    unitsContaining: (id) => units().unitsContaining(id),
    unitText: (id) => units().unitText(id),
    unitTextNumbers: (id) => units().unitTextNumbers(id),
    passagesMentioning: (code) => byCountry.get(code) ?? [],
    countriesWithPassages,
    allPassages,
    passageCount: numbers.passages.length,
    matchText,
    matchTextAt(n) {
      let text = matchTextsByNumber[n];
      if (text === undefined) {
        text = matchText(numbers.passages[n]!);
        while (matchTextsByNumber.length <= n) matchTextsByNumber.push(undefined);
        matchTextsByNumber[n] = text;
      }
      return text;
    },
  };
}
