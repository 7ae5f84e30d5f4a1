import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Entry, IngestedDocument, Passage } from '../../src/core/types.js';
import { BigramPostingsBuilder } from '../../src/index/bigram-postings.js';
import { cacheFile, readSavedIndex, type SavedIndex, writeSavedIndex } from '../../src/index/index-cache.js';
import { openSavedFile } from '../../src/index/saved-file-reader.js';
import { type SavedWords, wordPostingsFromMiniSearch, wordPostingsToSaved } from '../../src/index/word-postings.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'qa-cache-'));

function bigramBytes(documents: string[][]): Uint8Array {
  const builder = new BigramPostingsBuilder();
  for (const bigrams of documents) builder.add(bigrams);
  return builder.finish().toBytes();
}

/** MiniSearch's JSON of one word per passage, as a fresh build hands it over. */
function wordIndex(words: string[]): AsPlainObject {
  const index = new MiniSearch<{ id: string; words: string }>({ fields: ['words'], storeFields: [] });
  index.addAll(words.map((w, i) => ({ id: `doc:${i}`, words: w })));
  return index.toJSON();
}

function passage(i: number, text: string, extra: Partial<Passage> = {}): Passage {
  const section = i % 2 ? ['一 第一部分'] : null;
  const place = { date: i % 2 ? null : '2020-03-18', entry: i % 2 ? null : i + 1, sentence: 1, section, position: i + 1 };
  return {
    id: `doc:${i}`,
    docId: 'doc',
    ordinal: i + 1,
    text,
    date: place.date,
    entry: place.entry,
    section,
    places: [place],
    countries: i ? ['IT'] : [],
    ...extra,
  };
}

function documentOf(passages: Passage[]): IngestedDocument {
  return {
    meta: { id: 'doc', title: '文档', kind: 'plain' },
    passages,
    entries: [],
    sections: [{ docId: 'doc', path: ['一 第一部分'], passageIds: passages.filter((_, i) => i % 2).map((p) => p.id) }],
    warnings: [],
  };
}

/** The saved index as plain data: bytes as arrays, the word postings as the index they restore to. */
const plain = (saved: SavedIndex | false) => {
  if (!saved) return saved;
  const words = saved.index.minisearch as SavedWords;
  return {
    ...saved,
    // Read back as JSON text, parsed when first used.
    lexicon: typeof saved.lexicon === 'string' ? JSON.parse(saved.lexicon) : saved.lexicon,
    index: { ...saved.index, minisearch: { ...words, bytes: [...words.bytes] }, bigrams: [...saved.index.bigrams] },
  };
};

const texts = ['保加利亚', '意大利'];
const sample: SavedIndex = {
  fingerprint: 'abc',
  builtAt: '2026-01-01T00:00:00.000Z',
  dictionaryHash: 'd',
  corpus: { documents: [documentOf(texts.map((t, i) => passage(i, t)))] },
  index: {
    minisearch: wordPostingsToSaved(wordPostingsFromMiniSearch(wordIndex(texts), ['doc:0', 'doc:1'])),
    wordFrequency: { 保加利亚: 1, 意大利: 1 },
    characters: { 保: 1, 加: 1, 利: 2, 亚: 1, 意: 1, 大: 1 },
    bigrams: bigramBytes([
      ['保加', '加利', '利亚'],
      ['意大', '大利'],
    ]),
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

  it('given an index of another fingerprint, then it is read only as stale and only when the same code built it', () => {
    const dir = tempDir();
    writeSavedIndex(dir, { ...sample, code: 'code-1' });
    expect(readSavedIndex(dir, 'changed')).toEqual({ ok: false, reason: 'corpus or index code changed' });
    expect(readSavedIndex(dir, 'changed', { staleWithCode: 'code-2' })).toEqual({ ok: false, reason: 'corpus or index code changed' });
    const stale = readSavedIndex(dir, 'changed', { staleWithCode: 'code-1' });
    expect(stale.ok && stale.stale).toBe(true);
    expect(plain(stale.ok && stale.saved)).toEqual(plain({ ...sample, code: 'code-1' }));
    // Its own fingerprint: current, not stale.
    const current = readSavedIndex(dir, 'abc', { staleWithCode: 'code-1' });
    expect(current.ok && current.stale).toBeUndefined();
    // A file of an earlier version names no code: never stale.
    writeSavedIndex(dir, sample);
    expect(readSavedIndex(dir, 'changed', { staleWithCode: 'code-1' }).ok).toBe(false);
  });

  it('given terms split over many chunk lines and a fresh word index, then they read back whole, in order, as postings', () => {
    const dir = tempDir();
    const terms = Array.from({ length: 50 }, (_, i) => `词${i}`);
    const ids = terms.map((_, i) => `doc:${i}`);
    const many: SavedIndex = {
      ...sample,
      corpus: { documents: [documentOf(terms.map((t, i) => passage(i, t)))] },
      index: {
        minisearch: wordIndex(terms),
        wordFrequency: { 词0: 1, 词1: 2 },
        characters: {},
        bigrams: bigramBytes(terms.map((t) => [t])),
      },
    };
    writeSavedIndex(dir, many, 40);
    expect(readFileSync(cacheFile(dir), 'utf8').split('\n').length).toBeGreaterThan(20);
    const read = readSavedIndex(dir, 'abc');
    const postings = wordPostingsToSaved(wordPostingsFromMiniSearch(wordIndex(terms), ids));
    expect(plain(read.ok && read.saved)).toEqual(plain({ ...many, index: { ...many.index, minisearch: postings } }));
  });

  it('given passages of every shape, then the documents read back equal (columns, or whole when a passage has other fields)', () => {
    const dir = tempDir();
    const odd = [passage(0, '甲', { ordinal: 7, date: '2020-03-19' }), passage(1, '乙', { docId: 'other', places: [] })];
    const extra = { ...documentOf([passage(0, '丙', { note: 'x' } as Partial<Passage>)]), problems: ['p'] };
    const saved: SavedIndex = { ...sample, corpus: { documents: [documentOf(odd), extra, sample.corpus.documents[0]!] } };
    writeSavedIndex(dir, saved);
    const read = readSavedIndex(dir, 'abc');
    expect(read.ok && JSON.stringify(read.saved.corpus)).toBe(JSON.stringify(saved.corpus));
  });

  it('given entries and sections of every shape, then they read back equal (runs of passages, or ids and text as they are)', () => {
    const dir = tempDir();
    const texts = ['甲。', '乙\uD800。', 'abc', '丁。', '甲。'];
    const passages = texts.map((t, i) => passage(i, t));
    const ids = passages.map((p) => p.id);
    const entry = (n: number, passageIds: string[], text: string, extra: Partial<Entry> = {}): Entry => ({
      id: `doc:e${n}`,
      docId: 'doc',
      ordinal: n,
      dates: ['2020-03-18', null],
      ordinals: [n, n + 5],
      passageIds,
      text,
      ...extra,
    });
    const doc: IngestedDocument = {
      ...documentOf(passages),
      entries: [
        entry(1, ids.slice(0, 2), '甲。乙\uD800。'), // a run, its text the sentences joined
        entry(2, ids.slice(1, 3), '乙 abc'), // a run whose text differs
        entry(3, [ids[2]!, ids[0]!], 'abc甲。'), // not a run
        entry(4, [ids[0]!, ids[0]!], '甲。甲。'), // a repeat
        entry(5, ['other:1', ids[1]!], 'x'), // another document's sentence
        entry(6, [], ''),
        entry(7, ids.slice(3), '丁。甲。', { docId: 'other' }),
        { ...entry(8, ids.slice(0, 1), '甲。'), note: 'a field added later' } as Entry,
      ],
      sections: [
        { docId: 'doc', path: ['一'], passageIds: ids.slice(1, 4) },
        { docId: 'doc', path: ['二'], passageIds: [ids[4]!, ids[0]!] },
        { docId: 'other', path: [], passageIds: [] },
        { docId: 'doc', path: ['三'], passageIds: ['ghost:1'] },
      ],
    };
    const latin = documentOf([passage(0, 'plain ascii'), passage(1, 'é')]);
    const saved: SavedIndex = { ...sample, corpus: { documents: [latin, doc, { ...latin, meta: { ...latin.meta, id: 'again' } }] } };
    writeSavedIndex(dir, saved);
    const read = readSavedIndex(dir, 'abc');
    expect(read.ok && JSON.stringify(read.saved.corpus)).toBe(JSON.stringify(saved.corpus));
    expect(read.ok && read.saved.corpus.documents[1]!.entries.map((e) => e.text)).toEqual(doc.entries.map((e) => e.text));
  });

  it('given a file of the previous format, then it is rebuilt, not read', () => {
    const dir = tempDir();
    writeSavedIndex(dir, sample);
    const file = readFileSync(cacheFile(dir), 'latin1');
    writeFileSync(cacheFile(dir), file.replace(/corpus-qa-index\/\d+/, 'corpus-qa-index/6'), 'latin1');
    const read = readSavedIndex(dir, 'abc');
    expect(!read.ok && read.reason).toMatch(/older format/);
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
    // Byte for byte (latin1): the file holds raw postings that are not UTF-8.
    const file = readFileSync(cacheFile(dir), 'latin1');
    const bytesOf = (text: string) => Buffer.from(text).toString('latin1');
    const blockAt = file.indexOf('["bytes","words"');
    const flipped = `${file.slice(0, blockAt + 40)}${String.fromCharCode(file.charCodeAt(blockAt + 40) ^ 1)}${file.slice(blockAt + 41)}`;
    const edits = [
      file.replace(bytesOf('保加利亚'), bytesOf('保加利X')),
      file.replace('"documents":[]', '"documents":[ ]'),
      flipped,
      file.slice(0, -30),
    ];
    for (const tampered of edits) {
      expect(tampered).not.toBe(file);
      writeFileSync(cacheFile(dir), tampered, 'latin1');
      const read = readSavedIndex(dir, 'abc');
      expect(read.ok).toBe(false);
    }
    writeFileSync(cacheFile(dir), file, 'latin1');
    expect(readSavedIndex(dir, 'abc').ok).toBe(true);
  });
});

describe('saved file reader', () => {
  it('given lines and byte blocks across read pieces, then it reads the same values and digest as in one piece', () => {
    const dir = tempDir();
    writeSavedIndex(dir, sample);
    const whole = openSavedFile(cacheFile(dir));
    const expected = [...whole.body()];
    for (const size of [1, 3, 7, 64]) {
      const file = openSavedFile(cacheFile(dir), size);
      expect([...file.body()]).toEqual(expected);
      expect(file.digest()).toBe(whole.digest());
      expect(file.digestFromStart()).toBe(whole.digest());
      expect(file.trailer().digest).toBe(whole.digest());
      file.close();
    }
    whole.close();
  });
});
