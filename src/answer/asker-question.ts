import type { Services } from '../core/services.js';
import type { RankedPassage } from './ranked-passage.js';
import { sentenceAsks } from './sentence-asks.js';
import { orderIndex, turnAt } from './speaker-turns.js';

// "谁问了香港企业的问题", "哪位记者问到了陆港二期": a question asking who asked is answered by the
// sentence asking, cited with its asker (a transcript's turn names its speaker). Ranked on the
// question's words, the answer's sentences wrote them more often (香港企业 twice) and came first,
// the question itself fifth; an asker's sentence says who asked, an answer does not.

/** Asking who asked: 谁问, 谁提问, 谁提出, 哪位/哪家…问, …问的是谁. */
const WHO_ASKED = /谁(?:[^，。？?]{0,2})(?:问|提问|提出)|哪(?:位|个|家)[^，。？?]{0,6}(?:问|提问)|(?:问|提问)[^，。？?]{0,12}的?是谁/u;

/** Whether a ranked sentence asks and stands in a transcript's turn, which names who asked. */
function askedInTurn(services: Services, { passage }: RankedPassage): boolean {
  if (!sentenceAsks(passage.text)) return false;
  const doc = services.library.doc(passage.docId);
  const place = passage.places[0];
  return doc !== undefined && place !== undefined && turnAt(doc, orderIndex(doc, place.position)) !== null;
}

/** `ranked` with the sentences asking in a transcript's turns first, in their order, when the question asks who asked. */
export function askersFirst(services: Services, question: string, ranked: readonly RankedPassage[]): RankedPassage[] {
  if (!WHO_ASKED.test(question)) return [...ranked];
  const asking = ranked.filter((r) => askedInTurn(services, r));
  if (!asking.length) return [...ranked];
  const first = new Set(asking);
  return [...asking, ...ranked.filter((r) => !first.has(r))];
}
