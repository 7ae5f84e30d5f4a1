// npm run fit-reranker [-- --cross-validate] [--check c.json] [--dry-run]
// Fits the /ask re-ranker (src/answer/reranker.ts) by LambdaMART (src/eval/lambdamart.ts) on the
// open evaluation sets and writes it to src/answer/reranker-model.ts. Candidates, their features
// and their linear scores come from the real ranking code with the current linear weights
// (ranking-weights.ts): refit this after refitting those. --cross-validate leaves each blind set
// out in turn (fits on all the others, scores the one left out) and prints linear against
// re-ranked; --check scores other sets with the fitted trees.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeQuery } from '../src/answer/query-analysis.js';
import { rankingCandidates } from '../src/answer/ranked-search.js';
import { linearScore } from '../src/answer/ranking-features.js';
import { RANKING_WEIGHTS } from '../src/answer/ranking-weights.js';
import {
  type HeapTree,
  questionInputs,
  RERANK_INPUTS,
  RERANKED,
  rerankerBasis,
  rerankInputs,
  reranks,
  standings,
  treeOutput,
} from '../src/answer/reranker.js';
import { meaningCosines } from '../src/answer/sentence-meaning.js';
import { createServices } from '../src/core/create-engine.js';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { readDevSet } from '../src/eval/dev-set.js';
import { DEFAULT_BOOSTING, fitLambdaMart, type TrainingQuery } from '../src/eval/lambdamart.js';
import { openSetPaths } from '../src/eval/open-sets.js';
import { createLogger } from '../src/log.js';

const args = process.argv.slice(2);
const services = createServices({}, createLogger('warn'));
// Without the word vectors `semantic` is 0 everywhere and another model would be written.
if (!services.wordVectors()) throw new Error('word vectors unavailable (node-synonyms data): the re-ranker cannot be fitted as it runs');
const weights = RANKING_WEIGHTS.ask;

interface Case extends TrainingQuery {
  set: string;
  /** Whether the trees look at this question at all (reranker.ts). */
  reranked: boolean;
  /** Passage ordinals: ties in score keep document order, as ranking does. */
  ordinals: number[];
}

function prepare(path: string): Case[] {
  return readDevSet(path).ask.map((c) => {
    const analysis = analyzeQuery(services, c.q.trim());
    const ranked = rankingCandidates(services, analysis, 'ask', weights)
      .map((candidate) => ({ candidate, score: linearScore(candidate.features, weights) }))
      .sort((a, b) => b.score - a.score || a.candidate.passage.ordinal - b.candidate.passage.ordinal)
      .slice(0, RERANKED);
    const asked = questionInputs(analysis.question);
    const standing = standings(
      ranked,
      meaningCosines(
        services,
        analysis.words,
        ranked.map((r) => r.candidate),
      ),
    );
    return {
      set: basename(path),
      reranked: reranks(ranked),
      inputs: ranked.map((r, rank) => rerankInputs(r.candidate, asked, standing[rank]!)),
      base: ranked.map((r) => r.score),
      relevant: ranked.map((r) => c.expect.some((phrase) => r.candidate.passage.text.includes(phrase))),
      ordinals: ranked.map((r) => r.candidate.passage.ordinal),
    };
  });
}

interface Tally {
  cases: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

function score(cases: readonly Case[], trees: readonly HeapTree[]): Tally {
  const tally = { cases: cases.length, hit1: 0, hit3: 0, mrr: 0 };
  for (const c of cases) {
    const looked = c.reranked ? trees : [];
    const scores = c.base.map((b, i) => b + looked.reduce((sum, t) => sum + treeOutput(t, c.inputs[i]!), 0));
    const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]! || a - b);
    const rank = order.findIndex((i) => c.relevant[i]);
    if (rank === 0) tally.hit1++;
    if (rank >= 0 && rank < 3) tally.hit3++;
    if (rank >= 0 && rank < 10) tally.mrr += 1 / (rank + 1);
  }
  return tally;
}

const show = (t: Tally) => `Hit@1 ${t.hit1} Hit@3 ${t.hit3} MRR@10 ${(t.mrr / Math.max(1, t.cases)).toFixed(4)} (${t.cases} cases)`;
const bySet = new Map(openSetPaths().map((path) => [basename(path), prepare(path)]));
const all = [...bySet.values()].flat();
const fitTrees = (cases: readonly Case[]) => fitLambdaMart(cases.filter((c) => c.reranked));

if (args.includes('--cross-validate')) {
  const sum = (a: Tally, b: Tally): Tally => ({
    cases: a.cases + b.cases,
    hit1: a.hit1 + b.hit1,
    hit3: a.hit3 + b.hit3,
    mrr: a.mrr + b.mrr,
  });
  let linear: Tally = { cases: 0, hit1: 0, hit3: 0, mrr: 0 };
  let reranked = linear;
  for (const [set, cases] of bySet) {
    if (!set.startsWith('blind-')) continue;
    const trees = fitTrees(all.filter((c) => c.set !== set));
    const l = score(cases, []);
    const r = score(cases, trees);
    console.log(`${set}: linear ${l.hit1}/${l.hit3}, re-ranked ${r.hit1}/${r.hit3} (Hit@1/Hit@3)`);
    linear = sum(linear, l);
    reranked = sum(reranked, r);
  }
  console.log(`left-out blind sets, linear:    ${show(linear)}`);
  console.log(`left-out blind sets, re-ranked: ${show(reranked)}`);
} else {
  const trees = fitTrees(all);
  console.log(`fitted on ${all.length} cases of ${bySet.size} sets: linear ${show(score(all, []))}; re-ranked ${show(score(all, trees))}`);
  for (const path of args.flatMap((a, i) => (args[i - 1] === '--check' ? [a] : []))) {
    const cases = prepare(path);
    console.log(`${basename(path)}: linear ${show(score(cases, []))}; re-ranked ${show(score(cases, trees))}`);
  }
  if (!args.includes('--dry-run')) writeModel(trees, all.length);
}

function writeModel(trees: HeapTree[], cases: number): void {
  // Leaves rounded (a difference of 1e-7 in a correction moves nothing); split thresholds kept
  // exact: they are data values, and a rounded one would send the candidates on it the other way.
  const round = (x: number) => Number(x.toPrecision(6));
  const leaves = (t: HeapTree) => t.value.map((v, node) => (t.feature[node]! < 0 ? round(v) : v));
  const options = Object.entries(DEFAULT_BOOSTING)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  // One tree a line (the formatter would give each number its own line: 700 lines of data); the
  // file is left out of the formatter for that (biome.json).
  const source = `// Generated by \`npm run fit-reranker\` (scripts/fit-reranker.ts): do not edit by hand.
// LambdaMART trees over the first ${RERANKED} /ask candidates of ${cases} open evaluation cases (${options}).
import type { RerankerModel } from './reranker.js';

export const RERANKER_MODEL: RerankerModel = {
  inputs: ${JSON.stringify(RERANK_INPUTS.join(','))},
  fittedWith: ${JSON.stringify(rerankerBasis())},
  trees: [
${trees.map((t) => `    { feature: ${JSON.stringify(t.feature)}, value: ${JSON.stringify(leaves(t))} },`).join('\n')}
  ],
};
`;
  writeFileSync(join(PROJECT_ROOT, 'src', 'answer', 'reranker-model.ts'), source);
  console.log('written: src/answer/reranker-model.ts');
}
