// LambdaMART (Burges, "From RankNet to LambdaRank to LambdaMART", 2010): gradient-boosted
// regression trees fitted to the pairwise "lambda" gradients of a ranking metric, each pair
// (relevant, not relevant) pulled apart in proportion to how much swapping them changes NDCG.
// Boosting starts from a base score (here the linear ranking score), so the trees learn only a
// correction to it. Leaves take Newton steps (sum of gradients over sum of second derivatives,
// with L2 shrinkage); candidate thresholds are quantiles of each input.
import { type HeapTree, treeOutput } from '../answer/reranker.js';

export interface TrainingQuery {
  /** Each candidate's inputs (same length for all). */
  inputs: number[][];
  /** Each candidate's base score, which the trees correct. */
  base: number[];
  /** Whether each candidate answers the query. */
  relevant: boolean[];
}

export interface BoostingOptions {
  rounds: number;
  /** Shrinkage: each tree's leaves are scaled by it. */
  learningRate: number;
  depth: number;
  /** Fewest candidates a leaf may hold. */
  minLeaf: number;
  /** L2 regularisation of leaf values. */
  l2: number;
  /** Thresholds tried per input (its quantiles). */
  bins: number;
}

export const DEFAULT_BOOSTING: BoostingOptions = { rounds: 100, learningRate: 0.1, depth: 3, minLeaf: 100, l2: 1, bins: 32 };

interface Row {
  inputs: number[];
  gradient: number;
  hessian: number;
}

function quantileThresholds(rows: readonly number[][], bins: number): number[][] {
  const width = rows[0]?.length ?? 0;
  const thresholds: number[][] = [];
  for (let d = 0; d < width; d++) {
    const values = rows.map((r) => r[d]!).sort((a, b) => a - b);
    const cuts = new Set<number>();
    for (let k = 1; k < bins; k++) cuts.add(values[Math.floor((k * values.length) / bins)]!);
    cuts.delete(values[0]!); // a cut at the smallest value splits nothing off
    thresholds.push([...cuts].sort((a, b) => a - b));
  }
  return thresholds;
}

/** Lambda gradients and second derivatives of one query's candidates at `scores` (NDCG with binary relevance). */
function lambdas(query: TrainingQuery, scores: readonly number[]): { gradient: Float64Array; hessian: Float64Array } {
  const n = scores.length;
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!);
  const rank = new Array<number>(n);
  order.forEach((i, r) => {
    rank[i] = r + 1;
  });
  const gain = (r: number) => 1 / Math.log2(1 + r);
  for (let i = 0; i < n; i++) {
    if (!query.relevant[i]) continue;
    for (let j = 0; j < n; j++) {
      if (query.relevant[j]) continue;
      const delta = Math.abs(gain(rank[i]!) - gain(rank[j]!));
      const rho = 1 / (1 + Math.exp(scores[i]! - scores[j]!));
      gradient[i] = gradient[i]! + delta * rho;
      gradient[j] = gradient[j]! - delta * rho;
      const curvature = delta * rho * (1 - rho);
      hessian[i] = hessian[i]! + curvature;
      hessian[j] = hessian[j]! + curvature;
    }
  }
  return { gradient, hessian };
}

function growTree(rows: Row[], thresholds: number[][], options: BoostingOptions): HeapTree {
  const size = 2 ** (options.depth + 1) - 1;
  const tree: HeapTree = { feature: new Array(size).fill(-1), value: new Array(size).fill(0) };
  const grow = (node: number, members: Row[], depth: number) => {
    let g = 0;
    let h = 0;
    for (const r of members) {
      g += r.gradient;
      h += r.hessian;
    }
    tree.value[node] = (options.learningRate * g) / (h + options.l2);
    if (depth === options.depth || members.length < 2 * options.minLeaf) return;
    const parent = (g * g) / (h + options.l2);
    let best = { gain: 1e-9, feature: -1, threshold: 0 };
    thresholds.forEach((cuts, d) => {
      const gs = new Float64Array(cuts.length + 1);
      const hs = new Float64Array(cuts.length + 1);
      const ns = new Int32Array(cuts.length + 1);
      for (const r of members) {
        const bin = binOf(cuts, r.inputs[d]!);
        gs[bin] = gs[bin]! + r.gradient;
        hs[bin] = hs[bin]! + r.hessian;
        ns[bin] = ns[bin]! + 1;
      }
      let gl = 0;
      let hl = 0;
      let nl = 0;
      for (let k = 0; k < cuts.length; k++) {
        gl += gs[k]!;
        hl += hs[k]!;
        nl += ns[k]!;
        if (nl < options.minLeaf || members.length - nl < options.minLeaf) continue;
        const gain = (gl * gl) / (hl + options.l2) + ((g - gl) * (g - gl)) / (h - hl + options.l2) - parent;
        if (gain > best.gain) best = { gain, feature: d, threshold: cuts[k]! };
      }
    });
    if (best.feature < 0) return;
    tree.feature[node] = best.feature;
    tree.value[node] = best.threshold;
    const below = (r: Row) => r.inputs[best.feature]! < best.threshold;
    grow(2 * node + 1, members.filter(below), depth + 1);
    grow(
      2 * node + 2,
      members.filter((r) => !below(r)),
      depth + 1,
    );
  };
  grow(0, rows, 0);
  return tree;
}

/** Number of cuts at or below `value` (the bin left of the first cut above it). */
function binOf(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Fits trees whose summed outputs, added to each query's base scores, rank relevant candidates first. */
export function fitLambdaMart(queries: readonly TrainingQuery[], options: BoostingOptions = DEFAULT_BOOSTING): HeapTree[] {
  // Only queries with both kinds of candidate have pairs to learn from.
  const useful = queries.filter((q) => q.relevant.some(Boolean) && !q.relevant.every(Boolean));
  const thresholds = quantileThresholds(
    useful.flatMap((q) => q.inputs),
    options.bins,
  );
  const scores = useful.map((q) => [...q.base]);
  const trees: HeapTree[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const rows: Row[] = [];
    useful.forEach((query, q) => {
      const { gradient, hessian } = lambdas(query, scores[q]!);
      query.inputs.forEach((inputs, i) => {
        rows.push({ inputs, gradient: gradient[i]!, hessian: hessian[i]! });
      });
    });
    const tree = growTree(rows, thresholds, options);
    trees.push(tree);
    useful.forEach((query, q) => {
      const own = scores[q]!;
      query.inputs.forEach((inputs, i) => {
        own[i] = own[i]! + treeOutput(tree, inputs);
      });
    });
  }
  return trees;
}
