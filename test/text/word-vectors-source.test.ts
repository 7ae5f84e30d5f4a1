import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateWordVectors, QUANTUM, readWord2vec } from '../../src/text/word-vectors-source.js';
import { word2vecBytes } from '../support/word2vec.js';

// word2vec's binary format as the node-synonyms package ships it, read into sorted int8 rows.

const fileOf = (bytes: Buffer): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'qa-w2v-')), 'words.vector');
  writeFileSync(path, bytes);
  return path;
};

describe('readWord2vec', () => {
  it('given rows in any order, then the words come sorted with unit vectors scaled to ±127', () => {
    const table = readWord2vec(
      fileOf(
        word2vecBytes([
          ['医生', [3, 4, 0]],
          ['医师', [0, 0, -2]],
          ['大夫', [1, 1, 1]],
        ]),
      ),
    );
    expect(table.words).toEqual(['医师', '医生', '大夫']);
    expect(table.dims).toBe(3);
    expect([...table.vectors.subarray(3, 6)]).toEqual([Math.round(0.6 * QUANTUM), Math.round(0.8 * QUANTUM), 0]);
    expect([...table.vectors.subarray(0, 3)]).toEqual([0, 0, -QUANTUM]);
    const third = Math.round(QUANTUM / Math.sqrt(3));
    expect([...table.vectors.subarray(6, 9)]).toEqual([third, third, third]);
  });

  it('given markup tokens of the training dump and a zero vector, then they are left out', () => {
    const table = readWord2vec(
      fileOf(
        word2vecBytes([
          ['</s>', [1, 0]],
          ['<doc', [0, 1]],
          ['空白', [0, 0]],
          ['口罩', [1, 2]],
        ]),
      ),
    );
    expect(table.words).toEqual(['口罩']);
  });

  it('given a truncated file or another format, then it throws instead of reading garbage', () => {
    const whole = word2vecBytes([
      ['口罩', [1, 2, 3, 4]],
      ['面罩', [4, 3, 2, 1]],
    ]);
    expect(() => readWord2vec(fileOf(whole.subarray(0, whole.length - 12)))).toThrow(/truncated/);
    expect(() => readWord2vec(fileOf(Buffer.from('not vectors at all')))).toThrow(/word2vec/);
  });

  it('given the installed package, then its file is found', () => {
    expect(locateWordVectors()).toMatch(/node-synonyms[/\\]data[/\\]words\.vector$/);
  });
});
