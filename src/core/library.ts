import { toSimplified } from '../text/normalize.js';
import type { Corpus, DocumentMeta, Entry, IngestedDocument, Passage, Section } from './types.js';
import { unitLookup } from './unit-lookup.js';

// Read-only lookups over the ingested corpus, computed once when the engine starts, so that
// /date, /country and /context are map lookups rather than scans.

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
  /** Passages credited with a retrieval unit's score. */
  unitMembers(unitId: string): string[];
  /** Units whose text includes a passage (its entry, its own window and its neighbours'). */
  unitsContaining(passageId: string): string[];
  /** Passages whose text a unit includes (the inverse of unitsContaining). */
  unitText(unitId: string): string[];
  /** Passages mentioning a country or region id, in corpus order. */
  passagesMentioning(code: string): Passage[];
  /** Country/region ids present in the corpus, with passage counts. */
  countriesWithPassages: { code: string; count: number }[];
  /** Passages in corpus order (documents in load order). */
  allPassages: Passage[];
  /** A passage's text folded for matching (NFKC, lower case, Simplified), computed once. */
  matchText(passage: Passage): string;
}

export function docLabel(meta: DocumentMeta): string {
  return meta.shortTitle ?? meta.title;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildLibrary(corpus: Corpus): Library {
  const docs = new Map<string, IngestedDocument>();
  const passages = new Map<string, Passage>();
  const byDate = new Map<string, Entry[]>();
  const entriesOfPassage = new Map<string, Entry[]>();
  const sectionOfPassage = new Map<string, Section>();
  const byCountry = new Map<string, Passage[]>();
  const allPassages: Passage[] = [];
  const matchTexts = new Map<string, string>();

  for (const doc of corpus.documents) {
    docs.set(doc.meta.id, doc);
    for (const p of doc.passages) {
      passages.set(p.id, p);
      allPassages.push(p);
      for (const code of p.countries) push(byCountry, code, p);
    }
    for (const entry of doc.entries) {
      for (const date of new Set(entry.dates)) if (date) push(byDate, date, entry);
      for (const id of entry.passageIds) push(entriesOfPassage, id, entry);
    }
    for (const section of doc.sections) for (const id of section.passageIds) sectionOfPassage.set(id, section);
  }

  const entriesOf = (id: string) => entriesOfPassage.get(id) ?? [];
  const units = unitLookup(corpus, entriesOf);
  const datesWithEntries = [...byDate.entries()]
    .map(([date, entries]) => ({ date, count: entries.length }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const countriesWithPassages = [...byCountry.entries()]
    .map(([code, list]) => ({ code, count: list.length }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

  return {
    documents: corpus.documents,
    doc: (id) => docs.get(id),
    passage: (id) => passages.get(id),
    entriesOn: (date) => byDate.get(date) ?? [],
    datesWithEntries,
    entriesOf,
    sectionOf: (id) => sectionOfPassage.get(id),
    unitsOf: units.unitsOf,
    unitMembers: units.unitMembers,
    unitsContaining: units.unitsContaining,
    unitText: units.unitText,
    passagesMentioning: (code) => byCountry.get(code) ?? [],
    countriesWithPassages,
    allPassages,
    matchText(passage) {
      let text = matchTexts.get(passage.id);
      if (text === undefined) {
        text = toSimplified(passage.text);
        matchTexts.set(passage.id, text);
      }
      return text;
    },
  };
}
