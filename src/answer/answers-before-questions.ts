import { atPlace, readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { IngestedDocument, Passage } from '../core/types.js';
import { postReply, replyOpening } from './post-replies.js';
import type { RankedPassage } from './ranked-passage.js';
import { sentenceAsks } from './sentence-asks.js';
import { speakerTurns, type Turn, turnAt, turnWords } from './speaker-turns.js';

// A document's own question (an FAQ's "Q：为什么我进服以后看不到频道？") shares the most words with
// a user asking the same thing, and so ranked first, above the sentence answering it, which shares
// few. A question is no answer: the sentence after it in its section, when that is no question
// itself, is listed just before it (brought in when ranking had left it out), the question after
// it as what it answers. A rule, not a weight: it moves only a question the document marks as
// one with its answer (Q：…？ or …？ A：…); a rhetorical question in prose (坚持科学理性还是制造
// 政治分歧？) is followed by more prose, not by its answer. A transcript's turn asking (`[00:02:30]
// 小满：回库是什么意思？`), as it opens or as it ends, is answered by the next turn when another
// speaker takes it; a thread's question closing its post, by the reply (post-replies.ts).

/** A question's or an answer's label opening a sentence (Q：, 问：, A：, 答：, Answer:). */
const QUESTION_LABEL = /^(?:Q|问|问题|提问|Question)\s*[：:]/iu;
const ANSWER_LABEL = /^(?:A|答|回答|答复|Answer)\s*[：:]/iu;
/** Sentences after a question looked at for its answer: an FAQ may ask twice before answering ("在哪里玩？需要买吗？"). */
const REACH = 2;

/**
 * The sentence answering a document's question: the first after it in its section that asks
 * nothing, within REACH, when a label marks them a pair. Read in the document's order, each place
 * of its sentences kept (an FAQ answering "A：可以。" twice holds that sentence once as a passage),
 * and cited at the place that answers.
 */
function answerOf(services: Services, question: Passage): Passage[] {
  const doc = services.library.doc(question.docId);
  if (!doc) return [];
  const order = readingOrder(doc);
  const first = question.places[0]?.position ?? 0;
  // Positions count from 1 in the order, so the question stands at first - 1.
  const at = order[first - 1]?.passage === question ? first - 1 : order.findIndex((s) => s.passage === question);
  // A thread's post (post-replies.ts) is answered by a reply, as a turn by the next speaker's.
  const reply = postReply(services.library, doc, at, sentenceAsks);
  if (reply) return reply;
  const turn = turnAt(doc, at);
  if (turn) return turnAnswer(doc, turn, at);
  const section = order[at]?.place.section?.join('\u0000');
  for (const next of order.slice(at + 1, at + 1 + REACH)) {
    if (next.place.section?.join('\u0000') !== section) return [];
    if (!sentenceAsks(next.passage.text))
      return ANSWER_LABEL.test(next.passage.text) || QUESTION_LABEL.test(question.text) ? [atPlace(next)] : [];
  }
  return [];
}

/**
 * The next turn's opening, when another speaker's and the question opens or ends its own turn;
 * with the turn's second sentence when the opening is a bare reply.
 */
function turnAnswer(doc: IngestedDocument, turn: Turn, at: number): Passage[] {
  if (at !== turn.start && at !== turn.end - 1) return [];
  const turns = speakerTurns(doc);
  const next = turns[turns.indexOf(turn) + 1];
  if (!next || next.start !== turn.end || next.speaker === turn.speaker) return [];
  // A bare reply (要的。, 睡觉。) says yes or no: what it means follows in the turn.
  const order = readingOrder(doc);
  return replyOpening(order, next.start, next.end, turnWords(next, order[next.start]!.passage.text));
}

/** `ranked` with each question sentence's answer listed just before it (moved up, or brought in at its score). */
export function answersBeforeQuestions(services: Services, ranked: readonly RankedPassage[]): RankedPassage[] {
  if (!ranked.some((r) => sentenceAsks(r.passage.text))) return [...ranked];
  const placed = new Set<string>();
  const result: RankedPassage[] = [];
  const at = new Map(ranked.map((r, i) => [r.passage.id, i]));
  for (const item of ranked) {
    if (placed.has(item.passage.id)) continue;
    const answers = sentenceAsks(item.passage.text) ? answerOf(services, item.passage) : [];
    for (const answer of answers) {
      if (placed.has(answer.id)) continue;
      const listed = at.get(answer.id);
      // As it stands after this question (a repeated answer is cited at this place), its matched terms kept.
      result.push({ passage: answer, score: item.score, terms: listed === undefined ? [] : ranked[listed]!.terms });
      placed.add(answer.id);
    }
    result.push(item);
    placed.add(item.passage.id);
  }
  return result;
}
