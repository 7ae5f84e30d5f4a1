import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { miniSearchPostings } from '../../src/index/minisearch-postings.js';
import { restoreMiniSearch } from '../../src/index/minisearch-restore.js';
import { TermAccumulator } from '../../src/index/term-accumulator.js';
import { wordPostingsFromMiniSearch, wordPostingsFromSaved, wordPostingsToSaved } from '../../src/index/word-postings.js';
import { WORD_INDEX_OPTIONS, type WordDoc } from '../support/word-index.js';

// Summing MiniSearch's postings in typed arrays must give search()'s own scores to the last bit,
// on a freshly built index (Map postings) and on one restored from saved postings (typed views),
// and a second query must not see the first one's sums.

type Doc = WordDoc;
const OPTIONS = WORD_INDEX_OPTIONS;

const WORDS = ['中国', '中国人', '中', '援助', '意大利', '医疗', '医疗队', '专家组', 'who', '𠀀𠀁', '口罩'];
const word = fc.constantFrom(...WORDS);
const documents = fc.array(fc.array(word, { maxLength: 10 }), { minLength: 1, maxLength: 40 });
const query = fc.uniqueArray(word, { minLength: 1, maxLength: 6 });

function summed(index: MiniSearch<Doc>, accumulator: TermAccumulator, terms: string[], lengths?: Uint32Array): Map<string, number> {
  const postings = miniSearchPostings(index as unknown as MiniSearch<never>, lengths);
  for (const term of terms) {
    const p = postings.postings(term);
    if (p) accumulator.addTerm(p.docs, p.frequencies, p.from, p.to);
  }
  const sums = accumulator.finish();
  return new Map([...sums.docs].map((doc, i) => [`doc:${doc}`, sums.scores[i]!]));
}

describe('MiniSearch postings summed in typed arrays', () => {
  it('given any documents and queries, then the sums equal search() scores, built or restored, query after query', () => {
    fc.assert(
      fc.property(documents, query, query, (docs, first, second) => {
        const ids = docs.map((_, i) => `doc:${i}`);
        const built = new MiniSearch<Doc>(OPTIONS);
        built.addAll(docs.map((words, i) => ({ id: ids[i]!, words: words.join(' ') })));
        const saved = wordPostingsToSaved(wordPostingsFromMiniSearch(built.toJSON(), ids));
        const postings = wordPostingsFromSaved(saved);
        const restored = restoreMiniSearch<Doc>(postings, ids, OPTIONS);
        // Built, restored, and restored with the saved field lengths handed over (as at start-up).
        for (const [index, lengths] of [[built], [restored], [restored, postings.lengths]] as const) {
          const accumulator = new TermAccumulator(miniSearchPostings(index as unknown as MiniSearch<never>, lengths).statistics);
          for (const terms of [first, second]) {
            const expected = new Map(index.search(terms.join(' ')).map((r) => [String(r.id), r.score]));
            expect(summed(index, accumulator, terms, lengths)).toEqual(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('given an object that is not a MiniSearch index, then it refuses rather than scoring nothing', () => {
    expect(() => miniSearchPostings({} as never)).toThrow(/cannot be scored/);
  });
});
