import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { answerOver } from '../support/answer-over.js';

// A question naming a whole document and asking nothing more: the document's outline and its
// sentences in order, as a part is listed (section-question.test.ts).

const engine = answerOver();

const corpus = loadCorpus(DEFAULT_PATHS.corpusDir);
const byAlias = (alias: string) => corpus.documents.find((d) => d.meta.aliases?.includes(alias))!;
/** Sentences as the document reads: a sentence written twice counts at each place. */
const asRead = (doc: { passages: readonly { places: readonly unknown[] }[] }) => doc.passages.reduce((n, p) => n + p.places.length, 0);
const ask = (query: string, locale?: 'en') => engine.answer({ command: 'ask', query, pageSize: 100, ...(locale ? { locale } : {}) });

describe('/ask about a whole document', () => {
  it.each(['白皮书讲了什么', '白皮书说了什么？', 'What does the white paper say?', '白皮书讲了哪些内容', '白皮书是怎么说的'])(
    'given "%s", then every sentence of the document, in its order, and its parts named',
    (query) => {
      const paper = byAlias('白皮书');
      const answer = ask(query);
      expect(answer.total).toBe(asRead(paper));
      expect(answer.items.map((i) => i.id)).toEqual(paper.passages.slice(0, 100).map((p) => p.id));
      const parts = [...new Set(paper.sections.map((s) => s.path[0]))];
      for (const part of parts) expect(answer.message).toContain(part);
    },
  );

  it('given a chronicle by its alias, then its entries’ span is said and /date offered', () => {
    const chronicle = byAlias('纪实');
    const answer = ask('纪实讲了什么');
    expect(answer.total).toBe(asRead(chronicle));
    expect(answer.message).toMatch(/\d+ 条纪实，\d+月\d+日至\d+月\d+日/u);
    expect(answer.suggestions[0]).toMatch(/^\/date \d+月\d+日$/u);
  });

  it('given the chronicle named in English (its English alias: no dictionary gives 纪实 for "chronicle"), then the chronicle', () => {
    const answer = ask('What does the chronicle say?', 'en');
    expect(answer.total).toBe(asRead(byAlias('纪实')));
    expect(answer.message).toMatch(/\d+ entries \(March \d+ to March \d+\)/u);
  });

  it('given an English reader, then the chronicle’s span and the /date offered are in English', () => {
    const answer = engine.answer({ command: 'ask', query: '纪实讲了什么', locale: 'en' });
    expect(answer.message).toMatch(/\d+ entries \(March \d+ to March \d+\)/u);
    expect(answer.suggestions[0]).toMatch(/^\/date March \d+$/u);
  });

  it.each([
    '白皮书里中国给世卫组织捐了多少钱',
    'What does the white paper say about masks?',
    '白皮书第二部分讲的是什么',
    '谁写了白皮书',
    '白皮书为什么这样写',
    'Who wrote the white paper?',
  ])('given "%s" (something more asked), then not the whole document', (query) => {
    expect(ask(query).total).toBeLessThan(byAlias('白皮书').passages.length);
  });
});
