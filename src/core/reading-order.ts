import type { IngestedDocument, Passage, Place } from './types.js';

// A document as it reads: every place of every sentence, in the document's order. Passages are
// the index's unit, one per distinct sentence (a repeat is one passage with several places), so
// a listing of passages skips a sentence written twice: a channel's rules "第二，禁止广告。违者请联系
// 管理员。" would read as if rule two had no penalty. Listings that are read in order (a whole
// document or part, /context) take this order instead.

export interface SentenceAt {
  passage: Passage;
  /** Which of the passage's places this is. */
  place: Place;
}

const orders = new WeakMap<IngestedDocument, readonly SentenceAt[]>();

/** Every place of the document's sentences, in the order the document writes them. */
export function readingOrder(doc: IngestedDocument): readonly SentenceAt[] {
  let order = orders.get(doc);
  if (!order) {
    order = doc.passages
      .flatMap((passage) => passage.places.map((place) => ({ passage, place })))
      .sort((a, b) => a.place.position - b.place.position);
    orders.set(doc, order);
  }
  return order;
}

/** The passage as it stands at one of its places: dated and cited there, its other places after it. */
export function atPlace({ passage, place }: SentenceAt): Passage {
  if (passage.places[0] === place) return passage;
  return {
    ...passage,
    date: place.date,
    entry: place.entry,
    section: place.section,
    places: [place, ...passage.places.filter((p) => p !== place)],
  };
}
