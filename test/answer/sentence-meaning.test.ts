import { beforeAll, describe, expect, it } from 'vitest';
import { scaledCorpus } from '../../scripts/bench/scale-corpus.js';
import { meaningCosine, meaningCosinesByNumber, meaningVector, sentenceVectorsKept } from '../../src/answer/sentence-meaning.js';
import { createServices } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';
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

// /ask computes the vectors of its best matches' whole parts (meaning-candidates.ts): kept for 5,000
// sentences and then all cleared, a 10× corpus (7,571) computed them again on every question.
describe('sentence vectors kept over a corpus ten times the starting one', () => {
  it('given every sentence compared, then every vector is kept, none computed again', { timeout: 120_000 }, () => {
    const services = createServices({ corpusDir: scaledCorpus('corpus', 10) }, createLogger('silent'));
    const every = Array.from({ length: services.library.passageCount }, (_, n) => n);
    expect(every.length).toBeGreaterThan(5_000);
    expect(meaningCosinesByNumber(services, ['医生', '捐赠'], every)).not.toBeNull();
    expect(sentenceVectorsKept(services)).toBe(every.length);
  });
});
