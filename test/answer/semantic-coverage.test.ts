import { beforeAll, describe, expect, it } from 'vitest';
import { NEAR, semanticShares } from '../../src/answer/semantic-coverage.js';
import type { WordVectors } from '../../src/text/word-vectors.js';
import { installedWordVectors } from '../support/installed-word-vectors.js';

// Near words through the installed word vectors: a sentence saying the question in other words
// gets the share of the question it says so; words it writes as asked are the lexical signals' part.

let vectors: WordVectors;
beforeAll(() => {
  vectors = installedWordVectors();
});

const weighOne = () => 1;

describe('semanticShares', () => {
  it('given a sentence writing a near word for one of two asked words, then it holds that word’s share at its cosine', () => {
    const [share = 0] = semanticShares(vectors, ['捐赠', '火车'], weighOne, [
      { text: '企业捐献了物资', words: ['企业', '捐献', '了', '物资'] },
    ]);
    // 捐赠 ~ 捐献 is near (about 0.9); 火车 has no near word here.
    expect(share).toBeGreaterThan(NEAR / 2);
    expect(share).toBeLessThanOrEqual(0.5);
  });

  it('given a sentence writing the asked word itself, or only unrelated words, then it holds nothing here', () => {
    const shares = semanticShares(vectors, ['捐赠'], weighOne, [
      { text: '企业捐赠了物资', words: ['企业', '捐赠', '了', '物资'] },
      { text: '列车准点到达', words: ['列车', '准点', '到达'] },
    ]);
    expect(shares).toEqual([0, 0]);
  });

  it('given heavier asked words, then their near words count more', () => {
    const sentence = [{ text: '医师捐献了物资', words: ['医师', '捐献', '了', '物资'] }];
    const weights = (heavy: string) => (word: string) => (word === heavy ? 3 : 1);
    const [doctorHeavy = 0] = semanticShares(vectors, ['医生', '捐赠'], weights('医生'), sentence);
    const [giftHeavy = 0] = semanticShares(vectors, ['医生', '捐赠'], weights('捐赠'), sentence);
    // Both are near (医生 ~ 医师, 捐赠 ~ 捐献): either weighting credits both, in proportion to their cosines.
    expect(doctorHeavy).toBeGreaterThan(0.5);
    expect(giftHeavy).toBeGreaterThan(0.5);
    expect(doctorHeavy).not.toBeCloseTo(giftHeavy, 3);
  });

  it('given words the vectors do not have, then no share is invented', () => {
    expect(semanticShares(vectors, ['𠀀𠀁'], weighOne, [{ text: '企业捐献了物资', words: ['企业', '捐献'] }])).toEqual([0]);
  });
});
