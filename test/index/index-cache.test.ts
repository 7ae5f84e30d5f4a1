import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BigramPostingsBuilder } from '../../src/index/bigram-postings.js';
import { cacheFile, readSavedIndex, type SavedIndex, writeSavedIndex } from '../../src/index/index-cache.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'qa-cache-'));

function bigramBytes(documents: string[][]): Uint8Array {
  const builder = new BigramPostingsBuilder();
  for (const bigrams of documents) builder.add(bigrams);
  return builder.finish().toBytes();
}

/** The saved index with its bytes and terms as plain arrays (a Buffer read back equals the written bytes; terms are written lazily). */
const plain = (saved: SavedIndex | false) =>
  saved && {
    ...saved,
    index: {
      ...saved.index,
      minisearch: { ...saved.index.minisearch, index: [...saved.index.minisearch.index] },
      bigrams: [...saved.index.bigrams],
    },
  };

const sample: SavedIndex = {
  fingerprint: 'abc',
  builtAt: '2026-01-01T00:00:00.000Z',
  dictionaryHash: 'd',
  corpus: { documents: [] },
  index: {
    minisearch: { index: [['保加利亚', { 0: { 0: 1 } }]] } as unknown as SavedIndex['index']['minisearch'],
    wordFrequency: { 保加利亚: 1 },
    bigrams: bigramBytes([['保加', '加利', '利亚']]),
  },
  lexicon: null,
};

describe('saved index file', () => {
  it('given no file, then it reports that nothing is saved', () => {
    expect(readSavedIndex(tempDir(), 'abc')).toEqual({ ok: false, reason: 'no saved index' });
  });

  it('given a written index, then it reads back the same data and leaves no temp file', () => {
    const dir = tempDir();
    writeSavedIndex(dir, sample);
    const read = readSavedIndex(dir, 'abc');
    expect(plain(read.ok && read.saved)).toEqual(plain(sample));
    expect(readdirSync(dir)).toEqual(['index.json']);
  });

  it('given terms split over many chunk lines, then they read back whole and in order', () => {
    const dir = tempDir();
    const terms = Array.from({ length: 50 }, (_, i) => [`词${i}`, { 0: { [i]: 1 } }]);
    const many: SavedIndex = {
      ...sample,
      index: {
        minisearch: { index: terms } as unknown as SavedIndex['index']['minisearch'],
        wordFrequency: { 词0: 1, 词1: 2 },
        bigrams: bigramBytes(terms.map(([term]) => [String(term)])),
      },
    };
    writeSavedIndex(dir, many, 40);
    expect(readFileSync(cacheFile(dir), 'utf8').split('\n').length).toBeGreaterThan(20);
    const read = readSavedIndex(dir, 'abc');
    expect(plain(read.ok && read.saved)).toEqual(plain(many));
  });

  it('given documents whose lists span many chunk lines, then each document reads back whole, lists in order', () => {
    const dir = tempDir();
    const passage = (docId: string, i: number) => ({
      id: `${docId}:${i}`,
      docId,
      ordinal: i + 1,
      text: `第${i}句。`,
      date: null,
      entry: null,
      section: ['一'],
      places: [{ date: null, entry: null, sentence: i + 1, section: ['一'] }],
      countries: i % 2 ? ['IT'] : [],
    });
    const document = (id: string, size: number) => ({
      meta: { id, title: `文档${id}`, kind: 'plain' as const },
      passages: Array.from({ length: size }, (_, i) => passage(id, i)),
      entries: [],
      sections: [{ docId: id, path: ['一'], passageIds: Array.from({ length: size }, (_, i) => `${id}:${i}`) }],
      warnings: ['修复'],
    });
    const withCorpus: SavedIndex = { ...sample, corpus: { documents: [document('a', 30), document('b', 0), document('c', 7)] } };
    writeSavedIndex(dir, withCorpus, 200);
    expect(readFileSync(cacheFile(dir), 'utf8').split('\n').length).toBeGreaterThan(20);
    const read = readSavedIndex(dir, 'abc');
    expect(plain(read.ok && read.saved)).toEqual(plain(withCorpus));
  });

  it('given another corpus fingerprint, then the saved index is not used', () => {
    const dir = tempDir();
    writeSavedIndex(dir, sample);
    const read = readSavedIndex(dir, 'other');
    expect(read.ok).toBe(false);
  });

  it('given a corrupt or truncated file, then it asks for a rebuild instead of throwing', () => {
    const dir = tempDir();
    writeFileSync(cacheFile(dir), JSON.stringify(sample).slice(0, 40));
    const truncated = readSavedIndex(dir, 'abc');
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.reason).toMatch(/corrupt/);
    writeFileSync(cacheFile(dir), JSON.stringify({ fingerprint: 'abc' }));
    const older = readSavedIndex(dir, 'abc');
    expect(!older.ok && older.reason).toMatch(/older format/);
  });

  it('given a saved index edited after it was written, then it is not used (its digest no longer matches)', () => {
    const dir = tempDir();
    writeSavedIndex(dir, sample);
    const file = readFileSync(cacheFile(dir), 'utf8');
    for (const tampered of [file.replace('保加利亚', '保加利X'), file.replace('"documents":[]', '"documents":[ ]'), file.slice(0, -30)]) {
      expect(tampered).not.toBe(file);
      writeFileSync(cacheFile(dir), tampered);
      const read = readSavedIndex(dir, 'abc');
      expect(read.ok).toBe(false);
    }
    writeFileSync(cacheFile(dir), file);
    expect(readSavedIndex(dir, 'abc').ok).toBe(true);
  });
});
