import { beforeAll, describe, expect, it } from 'vitest';
import { withAskedPartNearWords } from '../../src/answer/asked-part-near-words.js';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';
import { tiedCandidates } from '../support/tied-candidates.js';

// A question restating a call and then asking what was offered in it: the sentence announcing the
// call holds the restated words, the answer says the asked part in its own words (方便 asked,
// 便利 written). Given both at the same score, the answer goes first; the rest keep their order.

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

const QUESTION = '李克强和冯德莱恩通话那次，欧方想从中国采买东西，中方给了什么方便？';
const ANNOUNCES = '国务院总理李克强同欧盟委员会主席冯德莱恩通电话。';
const ANSWERS = '为欧方通过商业渠道采购医疗物资提供便利';

/** The question's real candidates holding `texts`, in that order, each at `score`, with their passage numbers. */
const tied = (texts: string[], score: number) => tiedCandidates(services, QUESTION, texts, score);

describe('withAskedPartNearWords (real corpus, installed word vectors)', () => {
  it('given the sentence announcing the call and the one saying the asked part in other words at one score, then the latter comes first', () => {
    const { analysis, ranked } = tied([ANNOUNCES, ANSWERS], 10);
    const reordered = withAskedPartNearWords(services, analysis, ranked);
    expect(reordered[0]!.candidate.passage.text).toContain(ANSWERS);
    expect(reordered[0]!.score).toBeGreaterThan(10);
    expect(reordered[1]!.candidate.passage.text).toBe(ANNOUNCES);
  });

  it('given a question with no asked part, then the order and scores stay', () => {
    const { ranked } = tied([ANNOUNCES, ANSWERS], 10);
    const plain = analyzeQuery(services, '李克强 冯德莱恩 通电话', { rankedAs: 'ask' });
    expect(withAskedPartNearWords(services, plain, ranked)).toEqual(ranked);
  });
});
