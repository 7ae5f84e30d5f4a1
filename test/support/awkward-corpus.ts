import type { Corpus, IngestedDocument } from '../../src/core/types.js';
import { plainEntry as entry, plainPassage } from './passages.js';

function doc(id: string, count: number): IngestedDocument {
  const passages = Array.from({ length: count }, (_, i) => plainPassage(id, i + 1));
  return { meta: { id, title: id, kind: 'plain' }, passages, entries: [], sections: [], warnings: [] };
}

/**
 * Retrieval units (units.ts) of every awkward kind: a sentence in two entries, an entry listing
 * its sentences out of order, an entry naming an id no passage has, an entry of seven sentences, a section, leftover windows.
 */
export function awkwardCorpus(): Corpus {
  const a = doc('a', 16);
  const ids = a.passages.map((p) => p.id);
  a.entries = [
    entry(1, [ids[2]!, ids[0]!, ids[1]!]),
    entry(2, [ids[1]!]),
    entry(3, [ids[5]!, 'nowhere:1', ids[4]!]),
    entry(4, ids.slice(8, 15)),
  ];
  a.sections = [{ docId: 'a', path: ['一'], passageIds: [ids[3]!, ids[6]!] }];
  return { documents: [a] };
}
