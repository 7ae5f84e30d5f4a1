// Gathers a document's sentences into passages: one passage per distinct sentence, every place kept.
import type { Passage, Place } from '../core/types.js';
import { comparisonKey } from './normalize-raw.js';
import { passageIdOfKey } from './stable-id.js';

export class PassageCollector {
  readonly passages: Passage[] = [];
  private readonly byKey = new Map<string, Passage>();
  /** id → comparison key, to catch the (unlikely) hash collision instead of merging two sentences. */
  private readonly keyOfId = new Map<string, string>();
  /** Places recorded so far: each sentence's position as the document reads. */
  private placed = 0;

  constructor(
    private readonly docId: string,
    private readonly warnings: string[],
  ) {}

  /** How many places have been recorded: the position of the last. */
  get placedCount(): number {
    return this.placed;
  }

  /** Records one occurrence of a sentence, in document order; a repeat adds a place to the existing passage. */
  add(text: string, at: Omit<Place, 'position'>): Passage {
    const place: Place = { ...at, position: ++this.placed };
    const key = comparisonKey(text);
    const existing = this.byKey.get(key);
    if (existing) {
      existing.places.push(place);
      return existing;
    }
    const passage: Passage = {
      id: this.uniqueId(key),
      docId: this.docId,
      ordinal: this.passages.length + 1,
      text,
      date: place.date,
      entry: place.entry,
      section: place.section,
      places: [place],
      countries: [],
    };
    this.byKey.set(key, passage);
    this.passages.push(passage);
    return passage;
  }

  /** Records a run of sentences; returns their passage ids in order, each once. */
  addAll(sentences: readonly string[], placeOf: (index: number) => Omit<Place, 'position'>): string[] {
    // A set, not ids.includes: a paragraph of 80,000 sentences (text pasted without breaks) took
    // a minute to build, the scan quadratic in its sentences.
    const ids = new Set<string>();
    sentences.forEach((sentence, i) => {
      ids.add(this.add(sentence, placeOf(i)).id);
    });
    return [...ids];
  }

  private uniqueId(key: string): string {
    const base = passageIdOfKey(this.docId, key);
    let id = base;
    for (let n = 2; this.keyOfId.has(id) && this.keyOfId.get(id) !== key; n++) id = `${base}-${n}`;
    if (id !== base) this.warnings.push(`句子编号冲突：${base} 已被另一句占用，改用 ${id}。`);
    this.keyOfId.set(id, key);
    return id;
  }
}
