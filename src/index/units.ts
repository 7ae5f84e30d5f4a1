import type { Corpus, IngestedDocument } from '../core/types.js';

// Retrieval units: the stretch of text that carries an event or a topic. A question names the
// event ("习近平同西班牙首相通电话时…") and asks about its content; the event is written in one
// sentence and the answer in another. Ranking first scores units, then the sentences inside them
// (ranked-search.ts), so the answer sentence inherits its event's match without repeating it.
// - chronicle: a ◆ entry (all its sentences);
// - sectioned or plain text: a sentence with its neighbours in its section.
// Units are derived from the corpus alone, so they need not be saved.

export interface RetrievalUnit {
  id: string;
  /** Passages the unit's score is credited to (for a window: its centre sentence only). */
  members: string[];
  /** Passages whose text the unit is made of (its score is the sum of theirs). */
  textIds: string[];
}

/** Sentences on each side of a window's centre. */
const WINDOW_RADIUS = 1;

function windows(ids: readonly string[]): RetrievalUnit[] {
  return ids.map((id, i) => ({
    id: `${id}~w`,
    members: [id],
    textIds: ids.slice(Math.max(0, i - WINDOW_RADIUS), i + WINDOW_RADIUS + 1),
  }));
}

function documentUnits(doc: IngestedDocument): RetrievalUnit[] {
  const units: RetrievalUnit[] = doc.entries.map((entry) => ({
    id: entry.id,
    members: entry.passageIds,
    textIds: entry.passageIds,
  }));
  const covered = new Set(units.flatMap((u) => u.members));
  for (const section of doc.sections) {
    const ids = section.passageIds.filter((id) => !covered.has(id));
    units.push(...windows(ids));
    for (const id of ids) covered.add(id);
  }
  // Sentences in neither an entry nor a section (an undated lead, headingless plain text).
  units.push(...windows(doc.passages.map((p) => p.id).filter((id) => !covered.has(id))));
  return units;
}

export function retrievalUnits(corpus: Corpus): RetrievalUnit[] {
  return corpus.documents.flatMap(documentUnits);
}
