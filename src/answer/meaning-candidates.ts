import type { Services } from '../core/services.js';
import { questionMeaning } from './sentence-meaning.js';

// /ask's candidates for a question worded apart from its answer (问 "谁出的钱", 写 "捐赠"): stage 1
// (first-stage.ts) finds only sentences sharing a searched word, and 152 of the 2,294 open /ask
// answers never reached the first 30 candidates, most sharing none, or only a common one (武汉,
// 中国). The answer mostly stands in the same part as the sentences that match: in the part (a
// section, a dated entry) of each of stage 1's best sentences, the sentences nearest the question
// in meaning (sentence-meaning.ts) compete too, weakly admitted (listed only among the first ten).
// Measured leaving whole sets out (fitted on one half of the open sets, scored on the other, the
// re-ranker unchanged): answers among the first 30 +3 and +6, Hit@1 +1 and 0, MRR@10 +0.002 and
// +0.0005, negatives unchanged. The 10 sentences nearest in meaning over the whole corpus reached
// more answers (+5, +8) but scored Hit@1 +1 and −1; refitting the re-ranker with them in its pool
// lost Hit@1 on both halves (−3, −9).

/** Stage 1's best sentences whose parts are searched. */
const PARTS_OF_BEST = 5;
/** Sentences admitted from each part: its nearest in meaning. */
const NEAREST_IN_PART = 2;
/** A longer part is a whole document, not a place near the matches (the open corpora's longest part: 71 sentences). */
const PART_AT_MOST = 200;

/** The passage numbers of the part (section or dated entry) passage `n` stands in, or null. */
function partOf(services: Services, n: number): readonly string[] | null {
  const id = services.index.numbers.passages[n]!.id;
  return services.library.sectionOf(id)?.passageIds ?? services.library.entriesOf(id)[0]?.passageIds ?? null;
}

/**
 * In the part of each of `best` (stage 1's sentences, best first, the first PARTS_OF_BEST of them),
 * the NEAREST_IN_PART sentences nearest `questionWords` in meaning; none when the question has no
 * meaning vector. A part is searched once, and only when it has more than one sentence.
 */
export function nearestInTheirParts(services: Services, questionWords: readonly string[], best: readonly number[]): number[] {
  const { numbers } = services.index;
  // The question's vector once, not once a part.
  const cosinesOf = questionMeaning(services, questionWords);
  if (!cosinesOf) return [];
  const searched = new Set<string>();
  const found: number[] = [];
  for (const n of best.slice(0, PARTS_OF_BEST)) {
    const part = partOf(services, n);
    if (!part || part.length < 2 || part.length > PART_AT_MOST || searched.has(part[0]!)) continue;
    searched.add(part[0]!);
    const members = part.map((id) => numbers.numberOf(id)).filter((m) => m >= 0);
    const cosines = cosinesOf(members);
    const nearest = [...cosines.keys()].sort((a, b) => cosines[b]! - cosines[a]! || a - b).slice(0, NEAREST_IN_PART);
    for (const i of nearest) found.push(members[i]!);
  }
  return found;
}
