import { docLabel, type Library } from '../core/library.js';
import type { Entry, IngestedDocument, Passage, Place } from '../core/types.js';
import { formatDateZh } from '../query/date-format.js';
import { bookTitle } from '../text/book-title.js';
import { entryInstance } from './entry-instance.js';
import { type Locale, titlesSaid } from './locale.js';
import { orderIndex, turnAt } from './speaker-turns.js';

// Citations tell the user where a sentence stands: document · date or section · position.
// Dates are written the way the corpus writes them (3月18日), with the year only when the
// document's default year does not apply.

export function sectionLabel(path: string[] | null): string | null {
  return path?.length ? path.join(' › ') : null;
}

/** A Markdown file's first heading is often its title: cited once, not 港口报告 · 港口报告. */
const withoutTitle = (path: string[], title: string | undefined): string[] => (path[0] === title ? path.slice(1) : path);

function placeLabel(library: Library, docId: string, place: Place): string {
  const doc = library.doc(docId);
  const year = doc?.meta.year;
  if (place.entry !== null) {
    const when = place.date ? formatDateZh(place.date, year) : '日期不详';
    return `${when} · 第${place.entry}条第${place.sentence}句`;
  }
  const section = sectionLabel(place.section && withoutTitle(place.section, doc?.meta.title));
  const where = [section, doc && speakerOf(doc, place), `第${place.sentence}句`];
  return where.filter(Boolean).join(' · ');
}

/**
 * `[00:05:18] 陈立伟` (or 何文涛, without a timecode) for a transcript's sentence after its turn's first, which writes them itself:
 * read alone (最怕有人跳轨…), the sentence would not say who said it, or when.
 */
function speakerOf(doc: IngestedDocument, place: Place): string | null {
  const at = orderIndex(doc, place.position);
  const turn = turnAt(doc, at);
  if (!turn || turn.start === at) return null;
  return turn.time === null ? turn.speaker : `[${turn.time}] ${turn.speaker}`;
}

export function passageCitation(library: Library, passage: Passage): string {
  const doc = library.doc(passage.docId);
  const title = doc ? docLabel(doc.meta) : passage.docId;
  const first = passage.places[0];
  const where = first ? placeLabel(library, passage.docId, first) : `第${passage.ordinal}句`;
  const more = passage.places.length > 1 ? `（另见${passage.places.length - 1}处）` : '';
  return `${title} · ${where}${more}`;
}

export function passagePlaces(library: Library, passage: Passage): string[] {
  return passage.places.map((place) => placeLabel(library, passage.docId, place));
}

/**
 * Every place an entry stands, in document order, except that the first place on `day` comes
 * first: an entry repeated under a later day (/date 3月25日) is cited where that day has it.
 */
export function entryPlaces(library: Library, entry: Entry, day: string | null = null): string[] {
  const meta = library.doc(entry.docId)?.meta;
  // A dated section is cited by its heading, which writes its day (`2024年5月3日 v1.3.0`).
  const heading = entry.section ? sectionLabel(withoutTitle(entry.section, meta?.title)) : null;
  const places = entry.ordinals.map((ordinal, i) => {
    const date = entry.dates[i] ?? null;
    return heading ?? `${date ? formatDateZh(date, meta?.year) : '日期不详'} · 第${ordinal}条`;
  });
  const first = day === null ? -1 : entry.dates.indexOf(day);
  const order = first > 0 ? [first, ...[...places.keys()].filter((i) => i !== first)] : [...places.keys()];
  // A range's section (### 5月1日至5月5日) is one place on each of its days: said once.
  const seen = new Set<number>();
  return order.filter((i) => !seen.has(entry.ordinals[i]!) && seen.add(entry.ordinals[i]!)).map((i) => places[i]!);
}

export function entryCitation(library: Library, entry: Entry, day: string | null = null): string {
  const doc = library.doc(entry.docId);
  const title = doc ? docLabel(doc.meta) : entry.docId;
  const places = entryPlaces(library, entry, day);
  const more = places.length > 1 ? `（重复出现：${places.slice(1).join('；')}）` : '';
  return `${title} · ${places[0] ?? ''}${more}`;
}

/** 《title》 of each listed document whose copy lost its digits, said together (titlesSaid); '' when none did. */
export function digitStrippedTitles(library: Library, docIds: Iterable<string>, locale: Locale): string {
  const titles = [...docIds]
    .map((id) => library.doc(id)?.meta)
    .filter((meta) => meta?.digitsStripped)
    .map((meta) => bookTitle(meta!.title));
  return titles.length ? titlesSaid(locale, titles, { zh: '份文档', en: 'documents' }) : '';
}

/** What a passage belongs to: its entry (opened by the sentence naming the event) or its section. */
export interface PassageEvent {
  /** Stable key for grouping: the entry id, or document + section path. */
  id: string;
  /** `3月16日 · 中国国家主席习近平应约同意大利总理孔特通电话。`, or the section path. */
  label: string;
}

export function passageEvent(library: Library, passage: Passage): PassageEvent | null {
  // The entry where the passage is cited (a line two entries write belongs to the one it is read in).
  const entries = library.entriesOf(passage.id);
  const first = passage.places[0];
  const entry = (first && entries.find((e) => entryInstance(e, first) >= 0)) ?? entries[0];
  const lead = entry?.passageIds[0] ? library.passage(entry.passageIds[0]) : undefined;
  // A dated section's event is its heading, which names the day; a chronicle entry's, its opening sentence.
  if (entry && lead && !entry.section) {
    const date = passage.date ? formatDateZh(passage.date, library.doc(passage.docId)?.meta.year) : '日期不详';
    return { id: entry.id, label: `${date} · ${lead.text}` };
  }
  const section = sectionLabel(passage.section);
  return section ? { id: `${passage.docId}:${section}`, label: section } : null;
}
