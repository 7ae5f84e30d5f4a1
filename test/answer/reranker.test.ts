import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidate.js';
import type { FeatureVector } from '../../src/answer/feature-names.js';
import { FEATURES } from '../../src/answer/ranking-features.js';
import {
  type HeapTree,
  NO_MEANING,
  questionInputs,
  RERANK_INPUTS,
  RERANKED,
  type RerankerModel,
  rerank,
  rerankerBasis,
  rerankInputs,
  reranks,
  standings,
  treeCorrection,
  treeOutput,
} from '../../src/answer/reranker.js';
import { RERANKER_MODEL } from '../../src/answer/reranker-model.js';
import type { Passage } from '../../src/core/types.js';

const features = (set: Partial<FeatureVector> = {}): FeatureVector =>
  ({ ...Object.fromEntries(FEATURES.map((f) => [f, 0])), ...set }) as FeatureVector;

const candidate = (text: string, set: Partial<FeatureVector> = {}, entry: number | null = null): Candidate => ({
  passage: { id: text, docId: 'd', ordinal: 1, text, date: null, entry, section: null, places: [], countries: [] } as Passage,
  features: features(set),
  terms: [],
});

const at = (name: (typeof RERANK_INPUTS)[number]) => RERANK_INPUTS.indexOf(name);

// One split: a sentence in a dated entry gains 1, any other loses 1.
const byEntry: HeapTree = { feature: [at('inEntry'), -1, -1], value: [0.5, -1, 1] };
const model: RerankerModel = { inputs: RERANK_INPUTS.join(','), fittedWith: '', trees: [byEntry] };

describe('treeOutput', () => {
  it('goes left below the threshold and right at or above it', () => {
    const inputs = RERANK_INPUTS.map(() => 0);
    expect(treeOutput(byEntry, inputs)).toBe(-1);
    inputs[at('inEntry')] = 1;
    expect(treeOutput(byEntry, inputs)).toBe(1);
  });
});

describe('rerankInputs', () => {
  it('reads the signals, the sentence and the question in RERANK_INPUTS order', () => {
    const standing = { linearRank: 2, gap: 0.25, meaning: 0.6, meaningGap: 0.1 };
    const inputs = rerankInputs(candidate('一句话。', { words: 0.5, date: 1 }, 3), questionInputs('Who called?'), standing);
    expect(inputs).toHaveLength(RERANK_INPUTS.length);
    expect(inputs[at('words')]).toBe(0.5);
    expect(inputs[at('date')]).toBe(1);
    expect(inputs[at('inEntry')]).toBe(1);
    expect(inputs[at('length')]).toBe(4);
    expect(inputs[at('latin')]).toBeCloseTo(9 / 11);
    expect(inputs[at('linearRank')]).toBe(2);
    expect(inputs[at('gap')]).toBe(0.25);
    expect(inputs[at('meaning')]).toBe(0.6);
    expect(inputs[at('meaningGap')]).toBe(0.1);
  });

  it('measures each candidate against the best of the head: its linear score and its meaning cosine', () => {
    const head = [
      { candidate: candidate('甲'), score: 3 },
      { candidate: candidate('乙'), score: 2.5 },
    ];
    const [first, second] = standings(head, [0.25, 0.75]);
    expect(first).toEqual({ linearRank: 0, gap: 0, meaning: 0.25, meaningGap: 0.5 });
    expect(second).toEqual({ linearRank: 1, gap: 0.5, meaning: 0.75, meaningGap: 0 });
  });

  it('given no meaning vector for the question, then a value no cosine takes, not the best one’s gap of 0', () => {
    const head = [
      { candidate: candidate('甲'), score: 3 },
      { candidate: candidate('乙'), score: 2.5 },
    ];
    for (const s of standings(head, null)) expect([s.meaning, s.meaningGap]).toEqual([NO_MEANING, NO_MEANING]);
    // Every cosine negative: the gap is measured from the best of them, not from 0.
    expect(standings(head, [-0.2, -0.1]).map((s) => s.meaningGap)).toEqual([0.1, 0].map((x) => expect.closeTo(x, 9)));
  });

  it('counts a question by characters, not UTF-16 units', () => {
    expect(questionInputs('𠀀𠀀').questionLength).toBe(2);
  });
});

describe('rerank', () => {
  it('reorders the head by linear score plus correction, and keeps every score in order', () => {
    const ranked = [
      { candidate: candidate('甲'), score: 3 },
      { candidate: candidate('乙', {}, 1), score: 2.5 },
      ...Array.from({ length: RERANKED }, (_, i) => ({ candidate: candidate(`丙${i}`), score: 2 - i / 100 })),
    ];
    const out = rerank(model, '问题', ranked);
    expect(out.map((r) => r.candidate.passage.text).slice(0, 2)).toEqual(['乙', '甲']);
    expect(out).toHaveLength(ranked.length);
    for (let i = 1; i < out.length; i++) expect(out[i]!.score).toBeLessThanOrEqual(out[i - 1]!.score);
    // Past the head, the linear order stands.
    expect(out.slice(RERANKED).map((r) => r.candidate.passage.text)).toEqual(ranked.slice(RERANKED).map((r) => r.candidate.passage.text));
  });

  it('asks for the meaning cosines of the head only, and lets a tree split on them', () => {
    const byMeaning: HeapTree = { feature: [at('meaning'), -1, -1], value: [0.5, 0, 2] };
    const meaningModel: RerankerModel = { inputs: RERANK_INPUTS.join(','), fittedWith: '', trees: [byMeaning] };
    const ranked = [
      { candidate: candidate('甲'), score: 3 },
      { candidate: candidate('乙'), score: 2 },
      ...Array.from({ length: RERANKED }, (_, i) => ({ candidate: candidate(`丙${i}`), score: 1 - i / 100 })),
    ];
    let asked = 0;
    const out = rerank(meaningModel, '问题', ranked, (head) => {
      asked = head.length;
      return head.map((h) => (h.candidate.passage.text === '乙' ? 0.8 : 0.1));
    });
    expect(asked).toBe(RERANKED);
    expect(out[0]!.candidate.passage.text).toBe('乙');
  });

  it('leaves a question asking what follows a quoted sentence to the follows signal', () => {
    const ranked = [
      { candidate: candidate('后一句', { follows: 1 }), score: 3 },
      { candidate: candidate('引的那句', {}, 1), score: 2.9 },
    ];
    expect(reranks(ranked)).toBe(false);
    expect(rerank(model, '问题', ranked).map((r) => r.candidate.passage.text)).toEqual(['后一句', '引的那句']);
  });
});

describe('RERANKER_MODEL', () => {
  it('was fitted on the inputs the code computes now (refit with npm run fit-reranker after changing them)', () => {
    expect(RERANKER_MODEL.inputs).toBe(RERANK_INPUTS.join(','));
    expect(RERANKER_MODEL.fittedWith).toBe(rerankerBasis());
  });

  it('has trees that split on known inputs and corrections of a sane size', () => {
    expect(RERANKER_MODEL.trees.length).toBeGreaterThan(0);
    for (const tree of RERANKER_MODEL.trees) {
      tree.feature.forEach((f, node) => {
        expect(f).toBeLessThan(RERANK_INPUTS.length);
        if (f < 0) expect(Math.abs(tree.value[node]!)).toBeLessThan(5);
      });
    }
  });
});

describe('the packed trees', () => {
  it('given any inputs, then the packed walk sums what each tree gives alone', () => {
    let state = 3;
    const random = () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
    for (let k = 0; k < 200; k++) {
      const inputs = RERANK_INPUTS.map((name) =>
        name === 'length' || name === 'questionLength' ? 200 * random() : name === 'linearRank' ? Math.floor(30 * random()) : random(),
      );
      const alone = RERANKER_MODEL.trees.reduce((sum, tree) => sum + treeOutput(tree, inputs), 0);
      expect(treeCorrection(RERANKER_MODEL, inputs)).toBeCloseTo(alone, 9);
    }
  });
});
