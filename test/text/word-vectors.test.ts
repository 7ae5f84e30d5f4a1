import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedFile } from '../../src/index/prepared-dictionaries.js';
import { ensureWordVectors, openWordVectors, wordVectorsFileIn } from '../../src/text/word-vectors.js';
import { word2vecBytes } from '../support/word2vec.js';

// The prepared vectors: rows read where they lie in the file, and a file from another source never used.

/** A package folder like node-synonyms' (package.json, data/words.vector) holding these rows. */
function packageWith(rows: Array<[string, number[]]>, version = '1.0.0'): string {
  const root = mkdtempSync(join(tmpdir(), 'qa-vectors-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'vectors', version }));
  const source = join(root, 'data', 'words.vector');
  writeFileSync(source, word2vecBytes(rows));
  return source;
}

const rows: Array<[string, number[]]> = [
  ['捐款', [1, 0, 0, 0]],
  ['捐钱', [0.9, 0.1, 0, 0]],
  ['火车', [0, 0, 1, 0]],
];

describe('prepared word vectors', () => {
  it('given a source, then it is prepared once and its rows are read back as prepared', () => {
    const source = packageWith(rows);
    const path = join(mkdtempSync(join(tmpdir(), 'qa-prepared-')), 'word-vectors.bin');
    expect(openWordVectors(path, source)).toBeNull();
    expect(ensureWordVectors(path, source)).toBe('prepared');
    expect(ensureWordVectors(path, source)).toBe('up to date');
    const vectors = openWordVectors(path, source)!;
    expect(vectors.dims).toBe(4);
    const cosine = (a: string, b: string) => vectors.cosine(vectors.rowOf(a), vectors.rowOf(b));
    expect(cosine('捐款', '捐钱')).toBeCloseTo(0.994, 2);
    expect(cosine('捐款', '火车')).toBe(0);
    expect(vectors.rowOf('飞机')).toBe(-1);
    // Asked again, the same row (kept after the first read).
    expect(vectors.rowOf('火车')).toBe(vectors.rowOf('火车'));
    expect(cosine('火车', '火车')).toBeCloseTo(1, 2);
  });

  it('given more words than rows kept, then each new word takes the oldest one’s place and every row still reads right', () => {
    const source = packageWith(rows);
    const path = join(mkdtempSync(join(tmpdir(), 'qa-prepared-')), 'word-vectors.bin');
    ensureWordVectors(path, source);
    const vectors = openWordVectors(path, source, 2)!;
    const [first, second] = [vectors.rowOf('捐款'), vectors.rowOf('捐钱')];
    expect(vectors.cosine(first, second)).toBeCloseTo(0.994, 2);
    // A third word replaces 捐款, the oldest: its row number is reused, and 捐款 is read again.
    const third = vectors.rowOf('火车');
    expect(third).toBe(first);
    expect(vectors.cosine(third, third)).toBeCloseTo(1, 2);
    expect(vectors.cosine(vectors.rowOf('捐款'), third)).toBe(0);
    expect(vectors.cosine(vectors.rowOf('捐钱'), vectors.rowOf('捐钱'))).toBeCloseTo(1, 2);
  });

  it('given another version of the source, or a damaged file, then it is not used and is prepared again', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qa-prepared-')), 'word-vectors.bin');
    ensureWordVectors(path, packageWith(rows, '1.0.0'));
    const newer = packageWith(rows, '2.0.0');
    expect(openWordVectors(path, newer)).toBeNull();
    expect(ensureWordVectors(path, newer)).toBe('prepared');
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 5));
    expect(openWordVectors(path, newer)).toBeNull();
    expect(ensureWordVectors(path, newer)).toBe('prepared');
    expect(openWordVectors(path, newer)?.rowOf('捐钱')).toBeGreaterThanOrEqual(0);
  });

  it('given no installed source, then nothing is prepared and nothing opens', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qa-prepared-')), 'word-vectors.bin');
    expect(ensureWordVectors(path, null)).toBe('not installed');
    expect(openWordVectors(path, null)).toBeNull();
  });

  it('given the installed vectors as the build prepared them, then near words are near and others are not', () => {
    const path = wordVectorsFileIn(join(preparedFile(), '..'));
    ensureWordVectors(path);
    const vectors = openWordVectors(path)!;
    const cosine = (a: string, b: string) => vectors.cosine(vectors.rowOf(a), vectors.rowOf(b));
    expect(cosine('捐赠', '捐献')).toBeGreaterThan(0.8);
    expect(cosine('医生', '医师')).toBeGreaterThan(0.8);
    expect(cosine('医生', '火车')).toBeLessThan(0.3);
  });
});
