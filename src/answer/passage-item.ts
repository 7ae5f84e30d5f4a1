import { docLabel, type Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import type { AnswerItem, Passage } from '../core/types.js';
import { passageCitation, passageEvent, passagePlaces, sectionLabel } from './citation.js';
import { highlightSpans } from './highlight.js';

/** What an answer line says of a passage whatever was asked: where it stands and what it belongs to. */
interface PassageCard {
  title: string;
  citation: string;
  section: string | null;
  places: readonly string[];
  event: string | null;
  eventId: string | null;
  /** The text as matched (Library.matchText), which highlights are found in. */
  matchText: string;
}

/**
 * Cards by library, then by passage: a library and its passages never change (a reload builds
 * new ones), so a card is made once. Each took several lookups by id, date formatting and string
 * joins for every line shown (/search's first page at 100× the corpus, ~30 µs a query); the same
 * sentences are shown again and again.
 */
const cardsByLibrary = memoized((_: Library) => new WeakMap<Passage, PassageCard>());

function cardOf(library: Library, passage: Passage): PassageCard {
  const cards = cardsByLibrary(library);
  let card = cards.get(passage);
  if (!card) {
    const doc = library.doc(passage.docId);
    const event = passageEvent(library, passage);
    card = {
      title: doc ? docLabel(doc.meta) : passage.docId,
      citation: passageCitation(library, passage),
      section: sectionLabel(passage.section),
      places: passagePlaces(library, passage),
      event: event?.label ?? null,
      eventId: event?.id ?? null,
      matchText: library.matchText(passage),
    };
    cards.set(passage, card);
  }
  return card;
}

/** One sentence as an answer line, with its citation and highlighted terms. */
export function passageItem(
  services: Services,
  passage: Passage,
  score: number,
  terms: Iterable<string>,
  group: string | null = null,
): AnswerItem {
  const card = cardOf(services.library, passage);
  return {
    id: passage.id,
    doc: passage.docId,
    title: card.title,
    citation: card.citation,
    date: passage.date,
    section: card.section,
    text: passage.text,
    score: Math.round(score * 1000) / 1000,
    highlights: highlightSpans(passage.text, terms, card.matchText),
    group,
    // A copy: an answer's lists are its own.
    places: [...card.places],
    event: card.event,
    eventId: card.eventId,
  };
}
