import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnitSpans,
  NO_UNIT,
  READ_THROUGH_LIBRARY,
  RECORD,
  RECORD_TEXT,
  type UnitSpans,
  unitSpansFor,
} from '../../src/answer/unit-spans.js';
import { createServices } from '../../src/core/create-engine.js';
import { buildLibrary, type Library } from '../../src/core/library.js';
import type { Services } from '../../src/core/services.js';
import { numberPassages } from '../../src/index/passage-numbers.js';
import { createLogger } from '../../src/log.js';
import { awkwardCorpus } from '../support/awkward-corpus.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

/** Kinds of passages met, after checking each one's span against the library's own answers. */
function expectSpansOfLibrary(library: Library, count: number, spans: UnitSpans) {
  const kinds = { none: 0, one: 0, several: 0, long: 0, reordered: 0 };
  for (let n = 0; n < count; n++) {
    const at = RECORD * n;
    const keys = library.unitKeysOfNumber(n);
    const text = keys.length === 1 ? Array.from(library.unitTextsOfNumber(n)[0]!) : [];
    const sorted = text.filter((d) => d >= 0).sort((a, b) => a - b);
    if (keys.length !== 1 || sorted.length > RECORD_TEXT) {
      expect(spans.records[at]).toBe(keys.length === 0 ? NO_UNIT : READ_THROUGH_LIBRARY);
      kinds[keys.length === 0 ? 'none' : keys.length > 1 ? 'several' : 'long']++;
      continue;
    }
    expect(spans.records[at]).toBe(keys[0]);
    expect(Array.from(spans.records.subarray(at + 2, at + 2 + spans.records[at + 1]!))).toEqual(sorted);
    if (sorted.join() !== text.join()) kinds.reordered++;
    kinds.one++;
  }
  return kinds;
}

describe('unit spans', () => {
  it('given the real corpus, then each passage’s span is its one unit’s key and text', () => {
    const count = services.index.numbers.passages.length;
    const kinds = expectSpansOfLibrary(services.library, count, unitSpansFor(services.library, count));
    expect(kinds.one).toBe(count);
  });

  it('given repeats, long entries, entries out of order and unknown ids, then a record holds the text sorted without unknown ids, or sends to the library', () => {
    const corpus = awkwardCorpus();
    const numbers = numberPassages(corpus);
    const library = buildLibrary(corpus, numbers);
    const count = numbers.passages.length;
    const kinds = expectSpansOfLibrary(library, count, buildUnitSpans(library, count));
    expect(kinds.several).toBeGreaterThan(0);
    expect(kinds.long).toBeGreaterThan(0);
    expect(kinds.reordered).toBeGreaterThan(0);
    expect(kinds.one).toBeGreaterThan(kinds.reordered);
  });

  it('given the same library twice, then the spans are built once', () => {
    const count = services.index.numbers.passages.length;
    expect(unitSpansFor(services.library, count)).toBe(unitSpansFor(services.library, count));
  });
});
