import type { Entry, IngestedDocument, Passage, Place, Section } from '../core/types.js';
import { memberReader, memberSaver, type SavedEntry, type SavedSection } from './document-members.js';
import type { StringBlock } from './string-block.js';

// A document's passages saved as columns instead of one JSON object each. Passages were nine
// keys, a places array of four-key objects and a copy of their section path: at 100× the
// corpus, 34 MB of the saved index's JSON besides the text, half of start-up's parse time.
// Ids and texts of every document's passages go into two string blocks (string-block.ts), the
// rest into columns of numbers; dates and section paths are kept once in tables (passages of a
// section then share one path array, as nothing mutates them). Entries and sections name their
// passages by position (document-members.ts). Read back as the same objects, keys in the same
// order. A passage of another shape (a field added later) makes the document be saved as plain
// JSON, so nothing is ever lost.

const PASSAGE_KEYS = 'id,docId,ordinal,text,date,entry,section,places,countries';
const PLACE_KEYS = 'date,entry,sentence,section,position';
/** Stands for null in number columns (entry ordinals are positive). */
const NONE = -1;

interface PassageColumns {
  /** How many passages: their ids and texts are the next ones in the string blocks. */
  count: number;
  /** Null when every ordinal is its position + 1. */
  ordinals: number[] | null;
  /** Null when every passage belongs to the document itself. */
  docIds: string[] | null;
  dates: (string | null)[];
  paths: (string[] | null)[];
  /** Per passage: its place count, then date, entry, sentence, path, position of each place. */
  places: number[];
  /** Passages whose date, entry or section is not their first place's: [index, date, entry, path]. */
  own: number[][];
  /** Passages mentioning countries: [index, ...codes]. */
  countries: (number | string)[][];
  entries: SavedEntry[];
  sections: SavedSection[];
}

type Rest = Omit<IngestedDocument, 'passages' | 'entries' | 'sections'>;

export interface SavedDocument {
  /** The document without passages, entries and sections, or the whole document when `columns` is null. */
  rest: Rest & Partial<IngestedDocument>;
  columns: PassageColumns | null;
}

/** The strings the documents' columns refer to, in order (saved as string blocks). */
export interface PassageStrings {
  ids: string[];
  texts: string[];
}

function table<T>(key: (value: T) => string): { values: T[]; index: (value: T) => number } {
  const values: T[] = [];
  const seen = new Map<string, number>();
  return {
    values,
    index(value) {
      const k = key(value);
      let at = seen.get(k);
      if (at === undefined) {
        at = values.push(value) - 1;
        seen.set(k, at);
      }
      return at;
    },
  };
}

const entryNumber = (entry: number | null) => (entry === null ? NONE : entry);
const fits = (entry: unknown) => entry === null || (Number.isInteger(entry) && (entry as number) >= 0);
const sameSection = (a: string[] | null, b: string[] | null) => JSON.stringify(a) === JSON.stringify(b);

function encodable(doc: IngestedDocument): boolean {
  return doc.passages.every(
    (p) =>
      Object.keys(p).join(',') === PASSAGE_KEYS &&
      typeof p.id === 'string' &&
      typeof p.text === 'string' &&
      fits(p.entry) &&
      Number.isInteger(p.ordinal) &&
      p.places.every(
        (place) =>
          Object.keys(place).join(',') === PLACE_KEYS &&
          fits(place.entry) &&
          Number.isInteger(place.sentence) &&
          Number.isInteger(place.position),
      ),
  );
}

/** `strings` receives the document's passage ids and texts. */
export function saveDocument(doc: IngestedDocument, strings: PassageStrings): SavedDocument {
  if (!encodable(doc)) return { rest: doc, columns: null };
  const { passages, entries, sections, ...rest } = doc;
  const dates = table<string | null>((d) => String(d));
  const paths = table<string[] | null>((p) => JSON.stringify(p));
  const members = memberSaver(doc);
  const columns: PassageColumns = {
    count: passages.length,
    ordinals: passages.every((p, i) => p.ordinal === i + 1) ? null : passages.map((p) => p.ordinal),
    docIds: passages.every((p) => p.docId === doc.meta.id) ? null : passages.map((p) => p.docId),
    dates: dates.values,
    paths: paths.values,
    places: [],
    own: [],
    countries: [],
    entries: entries.map(members.saveEntry),
    sections: sections.map(members.saveSection),
  };
  passages.forEach((p, i) => {
    strings.ids.push(p.id);
    strings.texts.push(p.text);
    columns.places.push(p.places.length);
    for (const place of p.places)
      columns.places.push(dates.index(place.date), entryNumber(place.entry), place.sentence, paths.index(place.section), place.position);
    const first = p.places[0];
    if (!first || first.date !== p.date || first.entry !== p.entry || !sameSection(first.section, p.section))
      columns.own.push([i, dates.index(p.date), entryNumber(p.entry), paths.index(p.section)]);
    if (p.countries.length > 0) columns.countries.push([i, ...p.countries]);
  });
  return { rest, columns };
}

function passagesOf(columns: PassageColumns, docId: string, ids: string[], texts: string[]): Passage[] {
  const { ordinals, docIds, dates, paths, places } = columns;
  const entryOf = (n: number) => (n === NONE ? null : n);
  const own = new Map(columns.own.map(([i, date, entry, path]) => [i!, [dates[date!]!, entryOf(entry!), paths[path!]!] as const]));
  const countries = new Map(columns.countries.map(([i, ...codes]) => [i as number, codes as string[]]));
  const out: Passage[] = new Array(ids.length);
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    const count = places[at++]!;
    const list: Place[] = new Array(count);
    for (let k = 0; k < count; k++, at += 5)
      list[k] = {
        date: dates[places[at]!]!,
        entry: entryOf(places[at + 1]!),
        sentence: places[at + 2]!,
        section: paths[places[at + 3]!]!,
        position: places[at + 4]!,
      };
    const [date, entry, section] = own.get(i) ?? [list[0]!.date, list[0]!.entry, list[0]!.section];
    out[i] = {
      id: ids[i]!,
      docId: docIds ? docIds[i]! : docId,
      ordinal: ordinals ? ordinals[i]! : i + 1,
      text: texts[i]!,
      date,
      entry,
      section,
      places: list,
      countries: countries.get(i) ?? [],
    };
  }
  return out;
}

/** The saved corpus's passage ids and texts, and how many of them the documents read so far took. */
export interface StringsRead {
  ids: StringBlock;
  texts: StringBlock;
  next: number;
}

/** The document, its passages' ids and texts taken from `strings` (which it moves past them). */
export function loadDocument(saved: SavedDocument, strings: StringsRead): IngestedDocument {
  if (saved.columns === null) return saved.rest as IngestedDocument;
  const { columns } = saved;
  const start = strings.next;
  if (!(Number.isInteger(columns.count) && columns.count >= 0 && start + columns.count <= strings.ids.count))
    throw new Error('saved passages are more than their strings');
  strings.next += columns.count;
  const ids: string[] = new Array(columns.count);
  const texts: string[] = new Array(columns.count);
  for (let i = 0; i < columns.count; i++) {
    ids[i] = strings.ids.get(start + i);
    texts[i] = strings.texts.get(start + i);
  }
  const { meta, warnings, ...others } = saved.rest;
  const members = memberReader(meta.id, ids, (from, to) => strings.texts.joined(start + from, start + to));
  const entries: Entry[] = columns.entries.map(members.entry);
  const sections: Section[] = columns.sections.map(members.section);
  // Keys in the order the ingester writes them (JSON of a loaded corpus stays the same).
  return { meta, passages: passagesOf(columns, meta.id, ids, texts), entries, sections, warnings, ...others };
}
