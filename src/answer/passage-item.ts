import { docLabel } from '../core/library.js';
import type { Services } from '../core/services.js';
import type { AnswerItem, Passage } from '../core/types.js';
import { passageCitation, passageEvent, passagePlaces, sectionLabel } from './citation.js';
import { highlightSpans } from './highlight.js';

/** One sentence as an answer line, with its citation and highlighted terms. */
export function passageItem(
  services: Services,
  passage: Passage,
  score: number,
  terms: Iterable<string>,
  group: string | null = null,
): AnswerItem {
  const doc = services.library.doc(passage.docId);
  return {
    id: passage.id,
    doc: passage.docId,
    title: doc ? docLabel(doc.meta) : passage.docId,
    citation: passageCitation(services.library, passage),
    date: passage.date,
    section: sectionLabel(passage.section),
    text: passage.text,
    score: Math.round(score * 1000) / 1000,
    highlights: highlightSpans(passage.text, terms, services.library.matchText(passage)),
    group,
    places: passagePlaces(services.library, passage),
    ...eventFields(services, passage),
  };
}

/** The event fields of a sentence hit (see AnswerItem.event). */
function eventFields(services: Services, passage: Passage): Pick<AnswerItem, 'event' | 'eventId'> {
  const event = passageEvent(services.library, passage);
  return { event: event?.label ?? null, eventId: event?.id ?? null };
}
