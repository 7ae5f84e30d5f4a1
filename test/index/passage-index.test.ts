import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/core/create-engine.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import type { Services } from '../../src/core/services.js';
import { buildSavedIndex } from '../../src/index/build-saved-index.js';
import { restoreMiniSearch } from '../../src/index/minisearch-restore.js';
import { loadPassageIndex, type PassageIndex, type QueryTerms } from '../../src/index/passage-index.js';
import { isSavedWords, wordPostingsFromSaved } from '../../src/index/word-postings.js';
import { createLogger } from '../../src/log.js';
import { WORD_INDEX_OPTIONS, type WordDoc } from '../support/word-index.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('passage index: term statistics (real corpus)', () => {
  it('given a query word named like an inherited object property, then it is an unknown word, not a function', () => {
    for (const word of ['constructor', '__proto__', 'hasownproperty', 'valueof']) {
      expect(services.index.frequency(word)).toBe(0);
      expect(Number.isFinite(services.index.idf(word))).toBe(true);
    }
  });
});

// The best sentences of a few-term query (top-sentences.ts, over each term's posting scores and
// bitset) must be what MiniSearch's own search() ranks first, with its scores to the bit, on an
// index just built and on the same index restored from its saved form; with bigrams, what summing
// every matching sentence gives (sentences()).

const QUERIES: QueryTerms[] = [
  { words: ['医疗', '物资'], bigrams: ['医疗', '疗物', '物资'] },
  { words: ['视频', '会议', '视频会议'], bigrams: ['视频', '频会', '会议'] },
  { words: ['核酸', '检测', '核酸检测'], bigrams: ['核酸', '酸检', '检测'] },
  { words: ['口罩', '捐赠'], bigrams: ['口罩', '捐赠'] },
  { words: ['联合', '专家', '专家组'], bigrams: ['联合', '合专', '专家', '家组'] },
  { words: ['古特雷斯'], bigrams: ['古特', '特雷', '雷斯'] },
  { words: ['意大利', '援助', '抗疫'], bigrams: [] },
];
const ENOUGH = 20;

describe('passage index: the best sentences of a few-term query (real corpus, built and restored)', () => {
  let scratch: string;
  let indexes: [string, PassageIndex][];
  let search: (terms: string[]) => { id: string; score: number }[];
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'passage-index-test-'));
    const built = buildSavedIndex({
      corpusDir: DEFAULT_PATHS.corpusDir,
      domainWordsPath: DEFAULT_PATHS.domainWords,
      dictionaryDir: scratch,
      fingerprint: 'test',
    });
    indexes = [
      ['built', built.index],
      ['restored', loadPassageIndex(built.saved.index, built.saved.corpus)],
    ];
    // MiniSearch itself, over the saved words, scoring as it always does.
    const saved = built.saved.index.minisearch;
    if (!isSavedWords(saved)) throw new Error('expected saved word postings');
    const ids = built.index.numbers.passages.map((p) => p.id);
    const miniSearch = restoreMiniSearch<WordDoc>(wordPostingsFromSaved(saved), ids, WORD_INDEX_OPTIONS);
    search = (terms) => miniSearch.search(terms.join(' ')).map((r) => ({ id: String(r.id), score: r.score }));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('given words alone, then the best are search()’s best (ties in index order), with search()’s scores to the bit', () => {
    for (const [name, index] of indexes)
      for (const { words } of QUERIES) {
        const found = search([...new Set(index.distinctive({ words, bigrams: [] }).words)]);
        expect(found.length).toBeGreaterThan(0);
        const expected = found
          .map((r) => ({ doc: index.numbers.numberOf(r.id), score: r.score }))
          .sort((a, b) => b.score - a.score || a.doc - b.doc);
        const top = index.bestSentences({ words, bigrams: [] }, ENOUGH, () => true);
        expect(top?.docs, `${name}: ${words}`).toEqual(expected.slice(0, ENOUGH).map((e) => e.doc));
        const sums = { words: -1, bigrams: -1 };
        for (const { doc, score } of expected) {
          top!.sumsOf(doc, sums);
          expect(sums, `${name}: ${words} ${doc}`).toEqual({ words: score, bigrams: 0 });
        }
      }
  });

  it('given words and bigrams, then the best and every sentence’s sums are those of summing every match', () => {
    for (const [name, index] of indexes)
      for (const terms of QUERIES) {
        const all = index.sentences(terms);
        const rows = Array.from({ length: all.count }, (_, row) => row).sort(
          (a, b) => all.words[b]! + all.bigrams[b]! - (all.words[a]! + all.bigrams[a]!) || a - b,
        );
        const top = index.bestSentences(terms, ENOUGH, () => true);
        expect(top?.docs, `${name}: ${terms.words}`).toEqual(rows.slice(0, ENOUGH).map((row) => all.docs[row]!));
        const sums = { words: -1, bigrams: -1 };
        for (let row = 0; row < all.count; row++) {
          top!.sumsOf(all.docs[row]!, sums);
          expect(sums).toEqual({ words: all.words[row]!, bigrams: all.bigrams[row]! });
        }
      }
  });
});
