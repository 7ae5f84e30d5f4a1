import type { Services } from '../core/services.js';
import { quotedPositions } from './post-replies.js';
import type { RankedPassage } from './ranked-passage.js';

// A reply opening with a quote (「老陈：外立面要花多少钱？有没有预算表」, 引用 3楼：…, an e-mail's `>` lines) copies another's words:
// they share the question's words as the quoted sentence does, and ranked a copy of the question
// above the reply answering it. A quote is no one's answer: listed after the rest, kept for a
// question only a quote's words match.

/** `ranked` with the sentences that are only ever a post's quote of another moved after the rest, in their order. */
export function quotesLast(services: Services, ranked: readonly RankedPassage[]): RankedPassage[] {
  const { library } = services;
  const quote = (r: RankedPassage) => {
    const doc = library.doc(r.passage.docId);
    if (!doc?.posts?.length) return false;
    const quoted = quotedPositions(library)(doc);
    return r.passage.places.every((place) => quoted.has(place.position));
  };
  const quotes = ranked.filter(quote);
  if (!quotes.length) return [...ranked];
  const moved = new Set(quotes);
  return [...ranked.filter((r) => !moved.has(r)), ...quotes];
}
