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

/**
 * Every place of the document's sentences, in order. A sentence's first place stands where the
 * passage's ordinal says (document order); a repeat stands just after the sentence before it in
 * its group (its section, or its entry), whose sentences are numbered in reading order. Not by
 * section first: a heading written twice (## 说明 … ## 说明) is one section, whose second part
 * would have been read before the parts between.
 */
export function readingOrder(doc: IngestedDocument): readonly SentenceAt[] {
  let order = orders.get(doc);
  if (!order) {
    const groups = new Map<string, { at: SentenceAt; first: boolean }[]>();
    for (const passage of doc.passages)
      passage.places.forEach((place, i) => {
        const key = `${place.section?.join('\u0000') ?? ''}\u0001${place.entry ?? ''}`;
        let group = groups.get(key);
        if (!group) {
          group = [];
          groups.set(key, group);
        }
        group.push({ at: { passage, place }, first: i === 0 });
      });
    // Positions as (ordinal, step): a first place is (its ordinal, 0); repeats after it step on
    // from it; repeats opening their group step up to the first place after them.
    const placed: { at: SentenceAt; ordinal: number; step: number }[] = [];
    for (const group of groups.values()) {
      group.sort((a, b) => a.at.place.sentence - b.at.place.sentence);
      let ordinal: number | null = null;
      let step = 0;
      group.forEach(({ at, first }, i) => {
        if (first) [ordinal, step] = [at.passage.ordinal, 0];
        else if (ordinal !== null) step++;
        else {
          const next = group.findIndex((g, k) => k > i && g.first);
          const anchor = next < 0 ? at.passage.ordinal : group[next]!.at.passage.ordinal;
          placed.push({ at, ordinal: anchor, step: i - (next < 0 ? group.length : next) });
          return;
        }
        placed.push({ at, ordinal, step });
      });
    }
    order = placed.sort((a, b) => a.ordinal - b.ordinal || a.step - b.step).map(({ at }) => at);
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
