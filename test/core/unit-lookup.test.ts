import { describe, expect, it } from 'vitest';
import { passageLookups } from '../../src/core/passage-lookups.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import type { Corpus, Entry, IngestedDocument } from '../../src/core/types.js';
import { unitLookup } from '../../src/core/unit-lookup.js';
import { numberPassages } from '../../src/index/passage-numbers.js';
import { retrievalUnits } from '../../src/index/units.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { plainEntry, plainPassage } from '../support/passages.js';

// The units a passage belongs to, answered from its place in its run, must be exactly what
// listing every unit (units.ts) gives: same ids, same order, same repeats.

function listed(corpus: Corpus) {
  const of = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  const containing = new Map<string, string[]>();
  const text = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const unit of retrievalUnits(corpus)) {
    members.set(unit.id, unit.members);
    text.set(unit.id, unit.textIds);
    for (const id of unit.members) add(of, id, unit.id);
    for (const id of unit.textIds) add(containing, id, unit.id);
  }
  return { of, members, containing, text };
}

function entriesIndex(corpus: Corpus): (id: string) => Entry[] {
  const map = new Map<string, Entry[]>();
  for (const doc of corpus.documents) for (const e of doc.entries) for (const id of e.passageIds) map.set(id, [...(map.get(id) ?? []), e]);
  return (id) => map.get(id) ?? [];
}

function expectSame(corpus: Corpus): void {
  const numbers = numberPassages(corpus);
  const lookup = unitLookup(corpus, entriesIndex(corpus), numbers);
  const byNumber = passageLookups(corpus, numbers);
  const numbered = unitLookup(corpus, entriesIndex(corpus), numbers, byNumber.entriesAt);
  const expected = listed(corpus);
  const ids = corpus.documents.flatMap((d) => d.passages.map((p) => p.id));
  // Unit keys name units one to one, in each lookup.
  const keyed = [new Map<number, string>(), new Map<number, string>()];
  for (const id of [...ids, 'nowhere']) {
    expect(lookup.unitsOf(id)).toEqual(expected.of.get(id) ?? []);
    expect(lookup.unitsContaining(id)).toEqual(expected.containing.get(id) ?? []);
    const n = numbers.numberOf(id);
    const texts = (expected.of.get(id) ?? []).map((unit) => (expected.text.get(unit) ?? []).map(numbers.numberOf));
    if (n >= 0)
      [lookup, numbered].forEach((units, u) => {
        expect(units.unitsOfNumber(n)).toEqual(expected.of.get(id) ?? []);
        expect(units.unitTextsOfNumber(n).map((text) => Array.from(text))).toEqual(texts);
        const keys = units.unitKeysOfNumber(n);
        expect(keys.length).toBe(units.unitsOfNumber(n).length);
        keys.forEach((key, k) => {
          const unit = units.unitsOfNumber(n)[k]!;
          expect(keyed[u]!.get(key) ?? unit).toBe(unit);
          keyed[u]!.set(key, unit);
        });
      });
  }
  for (const keys of keyed) expect(new Set(keys.values()).size).toBe(keys.size);
  for (const unit of [...expected.members.keys(), 'nowhere~w', `${ids[0]}~w~w`]) {
    expect(lookup.unitMembers(unit)).toEqual(expected.members.get(unit) ?? []);
    expect(lookup.unitText(unit)).toEqual(expected.text.get(unit) ?? []);
    expect(Array.from(lookup.unitTextNumbers(unit))).toEqual((expected.text.get(unit) ?? []).map(numbers.numberOf));
  }
}

const passage = plainPassage;

function doc(id: string, count: number, shape: Partial<IngestedDocument> = {}): IngestedDocument {
  const passages = Array.from({ length: count }, (_, i) => passage(id, i + 1));
  return { meta: { id, title: id, kind: 'plain' }, passages, entries: [], sections: [], warnings: [], ...shape };
}

describe('retrieval units of a passage', () => {
  it('given the real corpus, then they are those of the full listing', () => {
    expectSame({ documents: loadCorpus(DEFAULT_PATHS.corpusDir).documents });
  });

  it('given sections, entries, leftovers and repeats, then they are those of the full listing', () => {
    const a = doc('a', 8);
    const ids = a.passages.map((p) => p.id);
    const entry = plainEntry;
    a.entries = [entry(1, [ids[0]!, ids[1]!, ids[0]!]), entry(2, [ids[1]!])];
    a.sections = [
      { docId: 'a', path: ['一'], passageIds: [ids[1]!, ids[2]!, ids[3]!] },
      { docId: 'a', path: ['二'], passageIds: [ids[3]!, ids[4]!] },
    ];
    const b = doc('b', 3, { sections: [{ docId: 'b', path: ['一'], passageIds: ['b:1', 'b:2', 'b:2'] }] });
    const c = doc('c', 2, { entries: [entry(9, ['a:7'])] });
    expectSame({ documents: [a, doc('empty', 0)] });
    expectSame({ documents: [a, doc('empty', 0), b] });
    expectSame({ documents: [a, c] });
    expectSame({ documents: [c, a] });
    // Ids no passage has, in an entry and in a section.
    const ghost = doc('g', 3, {
      entries: [entry(10, ['nowhere:1'])],
      sections: [{ docId: 'g', path: ['一'], passageIds: ['g:1', 'nowhere:2'] }],
    });
    expectSame({ documents: [a, ghost] });
  });
});
