import type { Candidate } from './candidate.js';
import { FEATURES, type Feature } from './ranking-features.js';
import { RANKING_WEIGHTS } from './ranking-weights.js';

// The second look at /ask's first page: small regression trees, fitted on the open evaluation
// sets by LambdaMART (src/eval/lambdamart.ts, `npm run fit-reranker`), add a correction to the
// linear score of the best few candidates. A linear score weighs each signal the same in every
// question; the trees learn where that is wrong: how much a day named counts once the sentence
// already matches well, what word matches are worth in a translated English question, whether a
// long sentence that shares many words with a short question is a better answer than a short one.
// The linear order stays the base: trees only move candidates within the first RERANKED places,
// since they were fitted there.

/**
 * Ranking signals the trees read: those /ask weighs (the others, bigrams, phrase and document, are
 * not computed for it).
 */
const SIGNALS: readonly Feature[] = FEATURES.filter((f) => RANKING_WEIGHTS.ask[f] !== 0);

/** Every input a tree may split on, in the order of a model's `inputs`. */
export const RERANK_INPUTS = [
  ...(SIGNALS as Feature[]),
  /** The sentence stands in a dated entry (a chronicle), not in running text. */
  'inEntry',
  /** The sentence's length in characters. */
  'length',
  /** Share of Latin letters in the question: an English question is matched through its translations. */
  'latin',
  /** The question's length in characters (capped at 120). */
  'questionLength',
  /** The candidate's place in the linear order (0 first). */
  'linearRank',
  /** How far its linear score is below the best one's. */
  'gap',
  /** Cosine of the question's and the sentence's meaning vectors (sentence-meaning.ts). */
  'meaning',
  /** How far that cosine is below the best one among the reranked candidates. */
  'meaningGap',
] as const;

export type RerankInput = (typeof RERANK_INPUTS)[number];

/** Candidates the trees reorder: fitting on the first 15, 30 or 50 places scored alike; 30 it is. */
export const RERANKED = 30;

/**
 * What the trees were fitted on top of: the linear weights and the head's size. Trees fitted over
 * another linear score correct the wrong things; a test keeps the model's equal to the code's.
 */
export function rerankerBasis(): string {
  return JSON.stringify({ weights: RANKING_WEIGHTS.ask, reranked: RERANKED });
}

export interface RerankerModel {
  /** The inputs it was fitted on, RERANK_INPUTS joined by commas (a test keeps them equal): `feature` numbers their positions. */
  inputs: string;
  /** rerankerBasis() when it was fitted. */
  fittedWith: string;
  trees: HeapTree[];
}

/**
 * A regression tree in heap layout (node k has children 2k+1 and 2k+2): `feature` is the input a
 * node splits on (go left when below its `value`), or -1 for a leaf, whose `value` is the output.
 */
export interface HeapTree {
  feature: number[];
  value: number[];
}

export function treeOutput(tree: HeapTree, inputs: readonly number[]): number {
  let node = 0;
  for (let feature = tree.feature[0]!; feature >= 0; feature = tree.feature[node]!) {
    node = 2 * node + (inputs[feature]! < tree.value[node]! ? 1 : 2);
  }
  return tree.value[node]!;
}

/** What the inputs read of the question, computed once per question. */
export interface QuestionInputs {
  latin: number;
  questionLength: number;
}

export function questionInputs(question: string): QuestionInputs {
  const characters = characterCount(question);
  const latin = question.match(/[A-Za-z]/g)?.length ?? 0;
  return { latin: latin / Math.max(1, characters), questionLength: Math.min(characters, 120) };
}

/** Characters (code points) of a text, without making an array of them. */
function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) count--;
  }
  return count;
}

/** Where a candidate stands among the reranked ones: its linear rank and score gap, its meaning cosine and that one's gap. */
export interface Standing {
  linearRank: number;
  gap: number;
  meaning: number;
  meaningGap: number;
}

/** One candidate's inputs, in RERANK_INPUTS order (into `into` when given: /ask fills 30 per question). */
export function rerankInputs(
  candidate: Candidate,
  question: QuestionInputs,
  standing: Standing,
  into: number[] = new Array<number>(RERANK_INPUTS.length),
): number[] {
  const { features, passage } = candidate;
  let at = 0;
  for (const signal of SIGNALS) into[at++] = features[signal];
  into[at++] = passage.entry !== null ? 1 : 0;
  into[at++] = characterCount(passage.text);
  into[at++] = question.latin;
  into[at++] = question.questionLength;
  into[at++] = standing.linearRank;
  into[at++] = standing.gap;
  into[at++] = standing.meaning;
  into[at] = standing.meaningGap;
  return into;
}

/** A model's trees packed end to end in two typed arrays (one lookup each per step, no objects): read 30 × 100 times per question. */
interface PackedTrees {
  size: number;
  feature: Int32Array;
  value: Float64Array;
}

const packed = new WeakMap<RerankerModel, PackedTrees>();

function pack(model: RerankerModel): PackedTrees {
  let trees = packed.get(model);
  if (!trees) {
    const size = model.trees[0]?.feature.length ?? 0;
    trees = {
      size,
      feature: new Int32Array(model.trees.flatMap((t) => t.feature)),
      value: new Float64Array(model.trees.flatMap((t) => t.value)),
    };
    packed.set(model, trees);
  }
  return trees;
}

/** The trees' correction for one candidate's inputs (in RERANK_INPUTS order): the sum of treeOutput over the model's trees. */
export function treeCorrection(model: RerankerModel, inputs: readonly number[]): number {
  const { size, feature, value } = pack(model);
  let sum = 0;
  for (let base = 0; base < feature.length; base += size) {
    let node = 0;
    for (let f = feature[base]!; f >= 0; f = feature[base + node]!) node = 2 * node + (inputs[f]! < value[base + node]! ? 1 : 2);
    sum += value[base + node]!;
  }
  return sum;
}

/**
 * Whether the trees look at a question's candidates. Not when it quotes a sentence and asks what
 * follows: then the `follows` signal decides, and the follower need share no word with the
 * question, which the trees, fitted on the few such questions of the open sets (about 1.5%), have not learned (they
 * put the quoted sentence back on top).
 */
export function reranks(candidates: readonly Scored[]): boolean {
  return !candidates.some((c) => c.candidate.features.follows > 0);
}

export interface Scored {
  candidate: Candidate;
  /** The linear score. */
  score: number;
}

/**
 * Said of every candidate when the question has no meaning vector (sentence-meaning.ts): a value
 * no cosine or gap takes, so that the trees do not read "no meaning" as "the closest in meaning".
 */
export const NO_MEANING = -1;

/**
 * Each head candidate's standing (`head` best linear score first), given their meaning cosines
 * (sentence-meaning.ts) or null. The best cosine is taken among the candidates sharing words with
 * the question: one admitted for its nearness in meaning (meaning-candidates.ts) would otherwise
 * move every other candidate's gap, which the trees were not fitted on.
 */
export function standings(head: readonly Scored[], meanings: readonly number[] | null): Standing[] {
  const best = head[0]?.score ?? 0;
  const lexical = meanings?.filter((_, rank) => !head[rank]?.candidate.meant);
  const bestMeaning = lexical?.length ? Math.max(...lexical) : meanings?.length ? Math.max(...meanings) : 0;
  return head.map((r, rank) => ({
    linearRank: rank,
    gap: best - r.score,
    meaning: meanings ? (meanings[rank] ?? 0) : NO_MEANING,
    meaningGap: meanings ? bestMeaning - (meanings[rank] ?? 0) : NO_MEANING,
  }));
}

/**
 * `ranked` (best linear score first) with its first RERANKED reordered by linear score plus the
 * trees' correction. `meanings` gives the head's meaning cosines (sentence-meaning.ts), asked for
 * only when the trees look at the question. Scores stay in order: the head is lifted above the
 * rest where needed.
 */
export function rerank<T extends Scored>(
  model: RerankerModel,
  question: string,
  ranked: readonly T[],
  meanings: (head: readonly T[]) => readonly number[] | null = () => null,
): T[] {
  if (!model.trees.length || ranked.length < 2 || !reranks(ranked)) return [...ranked];
  const asked = questionInputs(question);
  const top = ranked.slice(0, RERANKED);
  const standing = standings(top, meanings(top));
  const inputs = new Array<number>(RERANK_INPUTS.length);
  return withHeadReordered(ranked, RERANKED, (r, rank) => treeCorrection(model, rerankInputs(r.candidate, asked, standing[rank]!, inputs)));
}

/**
 * `ranked` with its first `size` reordered by their score plus `adjust` (ties in their order), the
 * rest unchanged. Scores stay in order: the head is lifted above the tail when an adjustment took
 * one of its scores below it (only the head's scores change, not the hundreds of the tail).
 */
export function withHeadReordered<T extends Scored>(ranked: readonly T[], size: number, adjust: (r: T, rank: number) => number): T[] {
  const head = ranked
    .slice(0, size)
    .map((r, rank) => ({ r, rank, score: r.score + adjust(r, rank) }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank);
  const lowest = head[head.length - 1]!.score;
  const lift = ranked.length > size ? Math.max(0, ranked[size]!.score - lowest + 1e-6) : 0;
  const out: T[] = head.map(({ r, score }) => ({ ...r, score: score + lift }));
  for (let i = size; i < ranked.length; i++) out.push(ranked[i]!);
  return out;
}
