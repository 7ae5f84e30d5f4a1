import { beforeAll, describe, expect, it } from 'vitest';
import { withEnglishUnitDiscount } from '../../src/answer/english-unit-weight.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';
import { tiedCandidates } from '../support/tied-candidates.js';

// An English question about what the China–Europe trains carried: the sentence saying it stands in
// a paragraph that writes fewer of the question's translations than the one about transport
// controls, whose unit signal is the higher. Given both at one score, the English question puts
// the answer first; a Chinese question keeps the order as given.

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

const QUESTION = 'What did the China-Europe freight trains carry for the fight against the virus?';
const ANSWERS = '中欧班列开行数量和发送货物量';
const IN_A_RICHER_UNIT = '对城乡道路运输服务进行动态管控';

/** The question's real candidates holding `texts`, in that order, each at `score`. */
const tied = (texts: string[], score: number) => tiedCandidates(services, QUESTION, texts, score).ranked;

describe('withEnglishUnitDiscount (real corpus)', () => {
  it('given an English question and the answer tied with a sentence of a better-matching unit, then the answer comes first', () => {
    const ranked = tied([IN_A_RICHER_UNIT, ANSWERS], 10);
    expect(ranked[0]!.candidate.features.unit).toBeGreaterThan(ranked[1]!.candidate.features.unit);
    const reordered = withEnglishUnitDiscount(QUESTION, ranked);
    expect(reordered.map((r) => r.candidate.passage.text)).toEqual([ranked[1]!.candidate.passage.text, ranked[0]!.candidate.passage.text]);
  });

  it('given a Chinese question, then the order and scores stay', () => {
    const ranked = tied([IN_A_RICHER_UNIT, ANSWERS], 10);
    expect(withEnglishUnitDiscount('中欧班列运送了什么抗疫物资', ranked)).toEqual(ranked);
  });

  it('given English words in a Japanese or Korean question (no Han character), then the order stays: only English questions move', () => {
    const ranked = tied([IN_A_RICHER_UNIT, ANSWERS], 10);
    expect(withEnglishUnitDiscount('China-Europe freight trainsはwhatをcarryしましたか', ranked)).toEqual(ranked);
    expect(withEnglishUnitDiscount('China-Europe freight trains는 what을 carry했나요', ranked)).toEqual(ranked);
  });

  it('given a head lowered below the rest, then it is lifted back above it in its new order', () => {
    const [richer, answer] = tied([IN_A_RICHER_UNIT, ANSWERS], 10);
    const tail = Array.from({ length: 10 }, () => ({ ...answer!, score: 9.99 }));
    const reordered = withEnglishUnitDiscount(QUESTION, [richer!, answer!, ...tail]);
    expect(reordered[0]!.candidate.passage.text).toContain(ANSWERS);
    for (let i = 1; i < reordered.length; i++) expect(reordered[i]!.score).toBeLessThanOrEqual(reordered[i - 1]!.score);
  });
});
