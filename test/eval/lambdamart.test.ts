import { describe, expect, it } from 'vitest';
import { treeOutput } from '../../src/answer/reranker.js';
import { DEFAULT_BOOSTING, fitLambdaMart, type TrainingQuery } from '../../src/eval/lambdamart.js';

// Synthetic queries whose answer is the candidate best by a + 3b, while the base score knows only
// a: the trees must learn the missing b from the pairs.
function queries(count: number, seed: number): TrainingQuery[] {
  let state = seed;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  return Array.from({ length: count }, () => {
    const inputs = Array.from({ length: 10 }, () => [random(), random()]);
    const truth = inputs.map(([a, b]) => a! + 3 * b!);
    const best = truth.indexOf(Math.max(...truth));
    return { inputs, base: inputs.map(([a]) => a!), relevant: inputs.map((_, i) => i === best) };
  });
}

function hitAt1(set: TrainingQuery[], score: (q: TrainingQuery, i: number) => number): number {
  return set.filter((q) => {
    const scores = q.inputs.map((_, i) => score(q, i));
    return q.relevant[scores.indexOf(Math.max(...scores))];
  }).length;
}

describe('fitLambdaMart', () => {
  const training = queries(300, 7);
  const unseen = queries(300, 11);
  const trees = fitLambdaMart(training, { ...DEFAULT_BOOSTING, rounds: 40, minLeaf: 20 });

  it('learns what the base score misses, on queries it was not fitted on', () => {
    const before = hitAt1(unseen, (q, i) => q.base[i]!);
    const after = hitAt1(unseen, (q, i) => q.base[i]! + trees.reduce((s, t) => s + treeOutput(t, q.inputs[i]!), 0));
    expect(before).toBeLessThan(150);
    expect(after).toBeGreaterThan(before + 100);
  });

  it('grows trees no deeper than asked, with leaves where splits stop', () => {
    for (const tree of trees) {
      expect(tree.feature).toHaveLength(2 ** (DEFAULT_BOOSTING.depth + 1) - 1);
      tree.feature.forEach((f, node) => {
        if (f >= 0) expect(2 * node + 2).toBeLessThan(tree.feature.length);
      });
    }
  });

  it('learns nothing from queries where every candidate or none answers', () => {
    const flat = training.map((q) => ({ ...q, relevant: q.relevant.map(() => false) }));
    const none = fitLambdaMart(flat, { ...DEFAULT_BOOSTING, rounds: 3 });
    for (const tree of none) expect(treeOutput(tree, [0.5, 0.5])).toBe(0);
  });
});
