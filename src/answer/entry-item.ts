import { docLabel } from '../core/library.js';
import type { Services } from '../core/services.js';
import type { AnswerItem, Entry } from '../core/types.js';
import { entryCitation, entryPlaces } from './citation.js';

/** A whole chronicle entry as an answer line (/date), cited with every place it appears, its place on `date` first. */
export function entryItem(services: Services, entry: Entry, date: string | null, group: string | null): AnswerItem {
  const doc = services.library.doc(entry.docId);
  return {
    id: entry.passageIds[0] ?? entry.id,
    doc: entry.docId,
    title: doc ? docLabel(doc.meta) : entry.docId,
    citation: entryCitation(services.library, entry, date),
    date,
    section: null,
    text: entry.text,
    score: 1,
    highlights: [],
    group,
    places: entryPlaces(services.library, entry, date),
  };
}
