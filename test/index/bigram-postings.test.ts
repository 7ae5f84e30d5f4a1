import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { type BigramPostings, BigramPostingsBuilder, bigramKey, bigramPostingsFromBytes } from '../../src/index/bigram-postings.js';
import { TermAccumulator } from '../../src/index/term-accumulator.js';

const CHARS = [...'中国援助意大利医疗专家组𠀀𠀁'];
const bigram = fc.tuple(fc.constantFrom(...CHARS), fc.constantFrom(...CHARS)).map(([a, b]) => a + b);
const documents = fc.array(fc.array(bigram, { maxLength: 12 }), { minLength: 1, maxLength: 30 });

function build(docs: string[][]) {
  const builder = new BigramPostingsBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

/** BM25 of each document sharing a term with `query`, summed as queries sum postings. */
function search(postings: BigramPostings, query: string[]): Map<number, number> {
  const accumulator = new TermAccumulator(postings.statistics);
  for (const term of query) {
    const p = postings.postings(term);
    if (p) accumulator.addTerm(p.docs, p.frequencies, p.from, p.to);
  }
  const sums = accumulator.finish();
  return new Map([...sums.docs].map((doc, i) => [doc, sums.scores[i]!]));
}

/** The same documents in MiniSearch, whose BM25 the postings reproduce. */
function miniSearchScores(docs: string[][], query: string[]): Map<number, number> {
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { combineWith: 'OR' },
  });
  index.addAll(docs.map((doc, id) => ({ id, text: doc.join(' ') })));
  return new Map(index.search(query.join(' ')).map((r) => [Number(r.id), r.score]));
}

describe('bigram postings', () => {
  it('given any documents and query, then each score equals MiniSearch BM25 over the same terms', () => {
    fc.assert(
      fc.property(documents, fc.uniqueArray(bigram, { minLength: 1, maxLength: 6 }), (docs, query) => {
        const found = search(build(docs), query);
        const expected = miniSearchScores(docs, query);
        expect([...found.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
        // MiniSearch keeps a running mean of field lengths; these postings divide the total once.
        for (const [doc, score] of found) expect(score).toBeCloseTo(expected.get(doc) ?? Number.NaN, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('given postings written as bytes, then they read back with the same frequencies and scores', () => {
    fc.assert(
      fc.property(documents, fc.uniqueArray(bigram, { minLength: 1, maxLength: 6 }), (docs, query) => {
        const postings = build(docs);
        const read = bigramPostingsFromBytes(postings.toBytes());
        expect(read.documentCount).toBe(docs.length);
        for (const term of query) expect(read.frequency(term)).toBe(docs.filter((d) => d.includes(term)).length);
        expect([...search(read, query)]).toEqual([...search(postings, query)]);
      }),
      { numRuns: 200 },
    );
  });

  it('given damaged bytes, then reading them throws instead of serving wrong postings', () => {
    const bytes = build([
      ['中国', '国援'],
      ['援助', '中国'],
    ]).toBytes();
    expect(() => bigramPostingsFromBytes(bytes.slice(0, -1))).toThrow();
    const wrongDoc = bytes.slice();
    // The first posting's document number sits after the header, keys and offsets.
    const keysAndOffsets = 16 + 3 * 8 + 4 * 4;
    new DataView(wrongDoc.buffer).setUint32(keysAndOffsets, 99, true);
    expect(() => bigramPostingsFromBytes(wrongDoc)).toThrow(/inconsistent/);
    expect(() => bigramPostingsFromBytes(new Uint8Array(3))).toThrow(/truncated/);
  });

  it('given a term that is not two code points, then it has no key and matches nothing', () => {
    expect(bigramKey('中')).toBe(-1);
    expect(bigramKey('中国人')).toBe(-1);
    expect(bigramKey('𠀀𠀁')).toBeGreaterThan(0);
    expect(search(build([['中国']]), ['中国人', '中'])).toEqual(new Map());
  });
});
