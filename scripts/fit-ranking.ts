// npm run fit-ranking [-- --set a.json --set b.json] [--mode ask|search] [--only a,b] [--kind [!]english] [--check c.json]
// Fits the weights of the linear ranking score (src/answer/ranking-weights.ts) by coordinate
// ascent on MRR@10 over the open evaluation sets: each weight in turn is tried on a grid with
// the others fixed, kept where the mean MRR@10 is best, until no weight moves. Candidates and
// their features are computed once by the real ranking code; only the weights vary.

import type { Candidate } from '../src/answer/candidate.js';
import type { FeatureVector } from '../src/answer/feature-names.js';
import { analyzeQuery } from '../src/answer/query-analysis.js';
import type { RankMode } from '../src/answer/rank-mode.js';
import { rankingCandidates } from '../src/answer/ranked-search.js';
import { FEATURES, type Feature, linearScore } from '../src/answer/ranking-features.js';
import { RANKING_WEIGHTS } from '../src/answer/ranking-weights.js';
import { createServices } from '../src/core/create-engine.js';
import { readDevSet } from '../src/eval/dev-set.js';
import { openSetPaths } from '../src/eval/open-sets.js';
import { createLogger } from '../src/log.js';

const args = process.argv.slice(2);
const sets = args.flatMap((a, i) => (args[i - 1] === '--set' ? [a] : []));
const setPaths = sets.length ? sets : openSetPaths();
const mode = (args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'ask') as RankMode;
/** The sentence being ranked first is what a user reads; ties between weightings go to Hit@1. */
const HIT1_WEIGHT = 0.25;
/** A right answer among the first three is still read; losing it costs more than MRR says. */
const HIT3_WEIGHT = 0.5;
const GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.25, 1.5, 2, 3];
/**
 * The direction of each signal is fixed by what it means (more evidence never lowers a score;
 * an endnote never raises one); the data only sets the size. This keeps a small set from
 * learning accidents such as "naming the asked country is bad". `lead` may go either way.
 */
const SIGN: Partial<Record<Feature, 1 | -1 | 0>> = { endnote: -1, lead: 0 };
const gridFor = (feature: Feature): number[] => {
  const sign = SIGN[feature] ?? 1;
  if (sign === 0) return [...GRID.map((w) => -w).reverse(), ...GRID.slice(1)];
  return GRID.map((w) => sign * w);
};

const checkPaths = args.flatMap((a, i) => (args[i - 1] === '--check' ? [a] : []));

/** `--kind english` or `--kind !english`: fit on the cases of these kinds only (or of every other kind). */
const kindArg = args.includes('--kind') ? (args[args.indexOf('--kind') + 1] ?? '') : '';
const kinds = kindArg.replace(/^!/, '').split(',').filter(Boolean);
const kindKept = (kind: string | undefined): boolean => !kinds.length || kinds.includes(kind ?? '') !== kindArg.startsWith('!');

const services = createServices({}, createLogger('warn'));
// Without the word vectors `semantic` is 0 everywhere: the weights would be fitted to another score.
if (!services.wordVectors()) throw new Error('word vectors unavailable (node-synonyms data): the weights cannot be fitted as they run');
type Prepared = { candidates: Candidate[]; relevant: boolean[] };
const prepare = (paths: string[]): Prepared[] =>
  paths
    .flatMap((path) => readDevSet(path)[mode])
    .filter((c) => kindKept('kind' in c ? c.kind : undefined))
    .map((c) => {
      const candidates = rankingCandidates(services, analyzeQuery(services, c.q.trim()), mode);
      return { candidates, relevant: candidates.map((cand) => c.expect.some((phrase) => cand.passage.text.includes(phrase))) };
    });
const prepared = prepare(setPaths);
const reachable = prepared.filter((p) => p.relevant.some(Boolean)).length;

function objective(weights: FeatureVector, on: Prepared[] = prepared): { mrr: number; hit1: number; hit3: number } {
  let mrr = 0;
  let hit1 = 0;
  let hit3 = 0;
  for (const { candidates, relevant } of on) {
    const scores = candidates.map((c: Candidate) => linearScore(c.features, weights));
    const best = Math.max(-Infinity, ...scores.filter((_, i) => relevant[i]));
    if (best === -Infinity) continue;
    // Rank of the best relevant candidate; ties count against it (document order is arbitrary here).
    const rank = 1 + scores.filter((s, i) => !relevant[i] && s >= best).length;
    if (rank <= 10) mrr += 1 / rank;
    if (rank === 1) hit1++;
    if (rank <= 3) hit3++;
  }
  const n = Math.max(1, on.length);
  return { mrr: mrr / n, hit1: hit1 / n, hit3: hit3 / n };
}
const value = (w: FeatureVector) => {
  const o = objective(w);
  return o.mrr + HIT1_WEIGHT * o.hit1 + HIT3_WEIGHT * o.hit3;
};

const startWeights: FeatureVector = { ...RANKING_WEIGHTS[mode] };
/** Features left out of the score (held at 0), to compare smaller models by cross-validation. */
const dropped = (args.includes('--drop') ? (args[args.indexOf('--drop') + 1] ?? '') : '').split(',').filter(Boolean) as Feature[];
for (const feature of dropped) startWeights[feature] = 0;
/** `--only a,b`: fit these weights alone, the others held where they are (a new signal's weight, without refitting the rest). */
const only = args.includes('--only') ? ((args[args.indexOf('--only') + 1] ?? '').split(',') as Feature[]) : undefined;
const fixed: Feature[] = only ? FEATURES.filter((f) => !only.includes(f)) : ['words', ...dropped]; // words is the scale: every other weight is relative to it
/** Coordinate ascent reaches a local optimum: it is run from the current weights and from a few
 * seeded random starts on the grid, and the best end point is kept. */
const RESTARTS = 12;

function ascend(from: FeatureVector): { weights: FeatureVector; value: number } {
  const weights = { ...from };
  let best = value(weights);
  for (let round = 0, moved = true; moved && round < 20; round++) {
    moved = false;
    for (const feature of FEATURES) {
      if (fixed.includes(feature)) continue;
      for (const w of gridFor(feature)) {
        const trial = { ...weights, [feature]: w };
        const v = value(trial);
        if (v > best + 1e-9) {
          best = v;
          weights[feature] = w;
          moved = true;
        }
      }
    }
  }
  return { weights, value: best };
}

let seed = 1;
const random = (): number => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const randomStart = (): FeatureVector => {
  const w = { ...startWeights };
  for (const feature of FEATURES) {
    if (fixed.includes(feature)) continue;
    const grid = gridFor(feature);
    w[feature] = grid[Math.floor(random() * grid.length)] ?? 0;
  }
  return w;
};
const start = objective(startWeights);
let fitted = ascend(startWeights);
for (let i = 0; i < RESTARTS; i++) {
  const run = ascend(randomStart());
  if (run.value > fitted.value + 1e-9) fitted = run;
}
const weights = fitted.weights;
const f = (x: number) => x.toFixed(3);
const show = (o: ReturnType<typeof objective>) => `MRR@10 ${f(o.mrr)}  Hit@1 ${f(o.hit1)}  Hit@3 ${f(o.hit3)}`;
console.log(`${mode}: ${prepared.length} cases from ${setPaths.join(', ')}; answer among candidates for ${reachable}`);
console.log(`current weights: ${show(start)}`);
console.log(`fitted weights:  ${show(objective(weights))}`);
console.log(JSON.stringify(weights));
if (checkPaths.length) {
  const check = prepare(checkPaths);
  console.log(
    `check on ${checkPaths.join(', ')} (${check.length} cases): current ${show(objective(startWeights, check))}; fitted ${show(objective(weights, check))}`,
  );
}
