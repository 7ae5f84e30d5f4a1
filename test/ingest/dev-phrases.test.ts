// Every Chinese key phrase of the dev set must survive ingestion inside one passage (or, for /date,
// one entry): a phrase cut in two means a bad split or a missed repair.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { CORPUS_DIR, DEV_JSON } from './real-corpus.js';

interface Case {
  q: string;
  expect?: string[];
}
const dev = JSON.parse(readFileSync(DEV_JSON, 'utf8')) as Record<string, Case[]>;
const corpus = loadCorpus(CORPUS_DIR);
const passageTexts = corpus.documents.flatMap((d) => d.passages.map((p) => p.text));
const entryTexts = corpus.documents.flatMap((d) => d.entries.map((e) => e.text));
const isChinese = (phrase: string): boolean => /\p{Script=Han}/u.test(phrase);

describe('dev.json key phrases', () => {
  for (const kind of ['ask', 'search', 'country', 'date'] as const) {
    const phrases = (dev[kind] ?? []).flatMap((c) => c.expect ?? []).filter(isChinese);
    const pool = kind === 'date' ? entryTexts : passageTexts;
    it(`given the ${phrases.length} ${kind} phrases then each lies inside one ${kind === 'date' ? 'entry' : 'passage'}`, () => {
      expect(phrases.length).toBeGreaterThan(0);
      const missing = phrases.filter((phrase) => !pool.some((t) => t.includes(phrase)));
      expect(missing).toEqual([]);
    });
  }
});
