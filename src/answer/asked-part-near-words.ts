import type { Services } from '../core/services.js';
import type { QueryAnalysis } from './query-analysis.js';
import { reranks, type Scored } from './reranker.js';
import { isLong } from './search-keywords.js';
import { semanticShares } from './semantic-coverage.js';
import { sentenceWords } from './sentence-words.js';
import { termInformation } from './term-information.js';

// A question restates what it is about and then asks (…通电话那次，中方给了什么方便？); the
// sentence announcing the event holds more of its words than the one answering, which says the
// asked part in its own words (方便 asked, 提供便利 written). After the
// trees (reranker.ts), each of /ask's first few candidates gains the share of the asked part
// (question-focus.ts) it says in near words (semantic-coverage.ts). The whole question's near-word
// share (`semantic`) is weighed already; the asked part's own was not, and the trees cannot learn
// it from the signals they see (the asked part's literal BM25, `focusWords`, misses paraphrases).

/**
 * Weight of that share, on the reranked score's scale (linear score plus the trees' correction).
 * Chosen on a grid (0.25 … 2.5) on each half of the open sets apart, dev … blind-v20 (1,614
 * questions) and blind-v21 … v30 (680): both chose 1.5. Scored as /ask answers, the half it was
 * not chosen on gains either way: v21 … v30 Hit@1 446 → 449, Hit@3 555 → 558, MRR@10 0.745 → 0.748;
 * dev … v20 Hit@1 1,207 → 1,214, Hit@3 1,438 → 1,439, MRR@10 0.819 → 0.821 (by kind: multi-hop
 * +4 Hit@1, paraphrase +4 Hit@1 and +4 Hit@3; keyword, day and date-named Hit@1 unchanged). Per
 * set, Hit@1 rose on 8 of the 29 and fell on one, Hit@3 rose on 5 and fell on one. The genre corpus's open set is unchanged.
 */
export const ASKED_PART_NEAR_WEIGHT = 1.5;

/**
 * Candidates it looks at, the reranker's first (each only raised, so they stay above the rest):
 * 5, 10, 15 and 30 scored alike on the open sets (it reorders the first page); 30 cost ~1 ms a
 * question (two busy cores), 10 ~0.4 ms.
 */
const ASKED_PART_HEAD = 10;

/** The asked part's words that are the question's own searched words (its bigrams are no words to compare). */
function askedWords(analysis: QueryAnalysis): string[] {
  const words = new Set(analysis.words.filter(isLong));
  return [...analysis.focus].filter((term) => isLong(term) && words.has(term));
}

/**
 * `ranked` (the reranker's order; `n`: each one's passage number) with its first ASKED_PART_HEAD
 * reordered by their score plus the asked part's near-word share. Unchanged when the question has
 * no asked part, no word vectors are loaded, or the trees did not look at it (a question asking
 * what follows a quoted sentence: reranker.ts).
 */
export function withAskedPartNearWords<T extends Scored & { n: number }>(services: Services, analysis: QueryAnalysis, ranked: T[]): T[] {
  const vectors = services.wordVectors();
  const asked = askedWords(analysis);
  if (!vectors || !asked.length || ranked.length < 2 || !reranks(ranked)) return ranked;
  const head = ranked.slice(0, ASKED_PART_HEAD);
  const sentences = head.map(({ n }) => {
    const text = services.library.matchTextAt(n);
    return { text, words: sentenceWords(services, n, text) };
  });
  const shares = semanticShares(vectors, asked, termInformation(services.index), sentences);
  const raised = head
    .map((r, rank) => ({ r: { ...r, score: r.score + ASKED_PART_NEAR_WEIGHT * shares[rank]! }, rank }))
    .sort((a, b) => b.r.score - a.r.score || a.rank - b.rank)
    .map(({ r }) => r);
  return [...raised, ...ranked.slice(ASKED_PART_HEAD)];
}
