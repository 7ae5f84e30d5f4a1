import type { Services } from '../core/services.js';
import type { RankedPassage } from './ranked-passage.js';
import { postIn } from './thread-posts.js';

// A chat message of several lines is most often a text pasted whole (a 群公告 from its 【…】 header
// to its signature and date). Asked for whole (把那份通知完整发一下, 公告全文), its lines came back
// ranked by the words they share with the question, out of their order and mixed with other
// messages: the message answering best is then listed whole, in order, before the rest.

/** Words asking for a text whole, not for a fact in it. */
const WHOLE = /完整|全文|原文|全部内容|整份|整篇|一字不差|原封不动/u;
/** A message of this many lines or more is a block pasted whole. */
const BLOCK_LINES = 3;

/** `ranked` with the best hit's message listed whole and in order first, when the question asks for a text whole and the hit stands in a block. */
export function blockAskedWhole(services: Services, question: string, ranked: readonly RankedPassage[]): RankedPassage[] {
  const best = ranked[0]?.passage;
  if (!best || !WHOLE.test(question)) return [...ranked];
  const message = postIn(services.library, best.docId, best.section);
  // A chat's message has no floor; a forum's post is its author's prose, asked about as any.
  if (!message || message.post.floor || message.section.passageIds.length < BLOCK_LINES) return [...ranked];
  const ids = message.section.passageIds;
  const held = new Set(ids);
  const scores = new Map(ranked.map((r) => [r.passage.id, r]));
  const block = ids.flatMap((id) => {
    const hit = scores.get(id);
    const passage = hit?.passage ?? services.library.passage(id);
    return passage ? [hit ?? { passage, score: 0, terms: [] }] : [];
  });
  return [...block, ...ranked.filter((r) => !held.has(r.passage.id))];
}
