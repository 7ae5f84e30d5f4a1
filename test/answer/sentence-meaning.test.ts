import { beforeAll, describe, expect, it } from 'vitest';
import { meaningCosine, meaningVector } from '../../src/answer/sentence-meaning.js';
import type { WordVectors } from '../../src/text/word-vectors.js';
import { installedWordVectors } from '../support/installed-word-vectors.js';

// Whole-sentence meaning through the installed word vectors: a sentence saying the question in
// other words lies closer to it than one sharing no sense with it, though neither shares a word.

let vectors: WordVectors;
beforeAll(() => {
  vectors = installedWordVectors();
});

const weighOne = () => 1;

describe('meaningVector', () => {
  it('given words with vectors, then it is a unit vector; given none, then null', () => {
    const v = meaningVector(vectors, ['医生', '捐赠'], weighOne)!;
    expect(meaningCosine(v, v)).toBeCloseTo(1, 6);
    expect(meaningVector(vectors, ['，', 'zzqxj'], weighOne)).toBeNull();
  });

  it('given a paraphrase and an unrelated sentence sharing no word with the question, then the paraphrase is closer', () => {
    const question = meaningVector(vectors, ['汽车', '修理', '便宜'], weighOne);
    const paraphrase = meaningVector(vectors, ['车辆', '维修', '低廉'], weighOne);
    const unrelated = meaningVector(vectors, ['诗歌', '朗诵', '比赛'], weighOne);
    expect(meaningCosine(question, paraphrase)).toBeGreaterThan(meaningCosine(question, unrelated) + 0.1);
  });

  it('given a heavier word, then the mean leans towards it', () => {
    const question = meaningVector(vectors, ['口罩'], weighOne);
    const maskHeavy = meaningVector(vectors, ['口罩', '关税'], (w) => (w === '口罩' ? 5 : 1));
    const tariffHeavy = meaningVector(vectors, ['口罩', '关税'], (w) => (w === '关税' ? 5 : 1));
    expect(meaningCosine(question, maskHeavy)).toBeGreaterThan(meaningCosine(question, tariffHeavy));
  });

  it('given fewer words with vectors than asked for, then null (a question is not meant by one word)', () => {
    expect(meaningVector(vectors, ['医生', 'zzqxj'], weighOne, 2)).toBeNull();
    expect(meaningVector(vectors, ['医生', '护士'], weighOne, 2)).not.toBeNull();
  });

  it('given one typed word and a fragment of it (意大利, 大利), then it counts as one word', () => {
    expect(meaningVector(vectors, ['意大利', '大利'], weighOne, 2)).toBeNull();
    expect(meaningVector(vectors, ['意大利', '大利', '披萨'], weighOne, 2)).not.toBeNull();
  });

  it('given a missing vector, then the cosine is 0', () => {
    expect(meaningCosine(null, meaningVector(vectors, ['医生'], weighOne))).toBe(0);
  });
});
