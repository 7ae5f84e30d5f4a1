import type { PassageNumbers } from '../index/passage-numbers.js';
import { PassageTable } from './passage-table.js';
import type { Corpus, Entry, Section } from './types.js';

// The entries and the section each passage belongs to, by passage id. Looking ids up costs a
// hash of each (at 100× the corpus ~76,000 entry and section members, ~0.1 s), so the library
// builds this on first use (createEngine does it right after ready, not before).

export interface PassageLookups {
  /** Entries a passage belongs to, once per appearance, in corpus order. */
  entriesOf(passageId: string): Entry[];
  /** entriesOf the passage numbered `n` (PassageNumbers), without hashing its id. */
  entriesAt(n: number): Entry[];
  sectionOf(passageId: string): Section | undefined;
}

export function passageLookups(corpus: Corpus, numbers: PassageNumbers): PassageLookups {
  const entries = new PassageTable<Entry[]>(numbers);
  const sections = new PassageTable<Section>(numbers);
  for (const doc of corpus.documents) {
    for (const entry of doc.entries)
      for (const id of entry.passageIds) {
        const list = entries.get(id);
        if (list) list.push(entry);
        else entries.set(id, [entry]);
      }
    for (const section of doc.sections) for (const id of section.passageIds) sections.set(id, section);
  }
  return { entriesOf: (id) => entries.get(id) ?? [], entriesAt: (n) => entries.at(n) ?? [], sectionOf: (id) => sections.get(id) };
}
