import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gazetteerData } from '../../src/geo/gazetteer.js';
import { packSections, unpackSections } from '../../src/index/byte-sections.js';
import { ensurePreparedDictionaries, type PreparedDictionaries, preparedDictionaries } from '../../src/index/prepared-dictionaries.js';
import { readCedict } from '../../src/query/english/cedict-source.js';
import { translationsAt } from '../../src/query/english/ecdict-source.js';
import { glossCandidates } from '../../src/query/english/gloss-synonyms.js';
import { readJiebaEntries } from '../../src/text/jieba-entries.js';

// The prepared file stands in for reading the dictionaries at every build: what it gives back
// must be what reading them gives, and a file prepared from other inputs must never be used.

const dir = mkdtempSync(join(tmpdir(), 'qa-prepared-'));
const path = join(dir, 'prepared', 'dictionaries.bin');
let first: ReturnType<typeof preparedDictionaries>;
let again: ReturnType<typeof preparedDictionaries>;

beforeAll(() => {
  first = preparedDictionaries(path);
  again = preparedDictionaries(path);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = (p: PreparedDictionaries) => {
  const heads = p.cedict.heads.filter((_, i) => i % 997 === 0);
  return heads.map((h) => [h.traditional, h.simplified, h.pinyin, p.cedict.entry(h)]);
};

describe('prepared dictionaries', () => {
  it('given no file, then they are prepared and saved; the next read comes from the file', () => {
    expect(first.fromFile).toBe(false);
    expect(first.unsaved).toBeUndefined();
    expect(again.fromFile).toBe(true);
  });

  it('given the file, then it holds what reading the dictionaries gives', () => {
    const { jieba, cedict, gazetteer } = again.prepared;
    const direct = readJiebaEntries();
    expect(jieba.count).toBe(direct.count);
    for (const i of [0, 1, 1000, direct.count - 1]) {
      expect(jieba.word(i)).toBe(direct.word(i));
      expect(jieba.freqs[i]).toBe(direct.freqs[i]);
      expect(jieba.tags[jieba.tagOf[i]!]).toBe(direct.tags[direct.tagOf[i]!]);
    }
    const read = readCedict();
    expect(cedict.heads.length).toBe(read.heads.length);
    expect(sample(again.prepared)).toEqual(sample({ ...again.prepared, cedict: read }));
    const candidates = glossCandidates(read);
    expect(again.prepared.glossCandidates.words).toEqual(candidates.words);
    expect([...again.prepared.glossCandidates.others]).toEqual([...candidates.others]);
    expect(gazetteer).toEqual(JSON.parse(JSON.stringify(gazetteerData())));
    // ECDICT as read from its CSV when first prepared, and as read back from the file.
    const ecdictSample = (p: PreparedDictionaries) =>
      Array.from({ length: 50 }, (_, n) => Math.floor((n * p.ecdict.keys.count) / 50)).map((i) => [
        p.ecdict.keys.get(i),
        translationsAt(p.ecdict, i),
      ]);
    expect(again.prepared.ecdict.keys.count).toBeGreaterThan(100_000);
    expect(ecdictSample(again.prepared)).toEqual(ecdictSample(first.prepared));
  });

  it('given a file prepared from other inputs, or a damaged one, then they are prepared again', () => {
    const sections = unpackSections(readFileSync(path));
    const stale = packSections({ format: 'prepared-dictionaries/1', key: 'another dictionary' }, new Map());
    writeFileSync(path, Buffer.concat(stale));
    const ecdictFile = join(dirname(path), 'ecdict.bin');
    const ecdictWritten = statSync(ecdictFile).mtimeMs;
    expect(preparedDictionaries(path).fromFile).toBe(false);
    // ECDICT keeps a file of its own: preparing the others again does not read its CSV again.
    expect(statSync(ecdictFile).mtimeMs).toBe(ecdictWritten);
    expect(preparedDictionaries(path).fromFile).toBe(true);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    expect(ensurePreparedDictionaries(path)).toBe('prepared');
    expect(ensurePreparedDictionaries(path)).toBe('up to date');
    rmSync(join(dirname(path), 'ecdict.bin'));
    expect(ensurePreparedDictionaries(path)).toBe('prepared');
    expect(sections.meta).toEqual(unpackSections(readFileSync(path)).meta);
  }, 120_000);

  it('given a folder that cannot be written, then they are prepared in memory and the reason is given', () => {
    // A file where the folder should be: not writable even by root.
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, '');
    const read = preparedDictionaries(join(blocker, 'prepared', 'dictionaries.bin'));
    expect(read.fromFile).toBe(false);
    expect(read.unsaved).toBeTruthy();
  }, 120_000);
});
