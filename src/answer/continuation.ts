import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';

// "白皮书说团结合作是最有力的武器，紧接着怎么讲将来？", "习近平说完人类是命运共同体之后，又说各国
// 必须怎么做？": the question quotes one sentence and asks what the text says next. The quoted
// sentence matches the question's words best, yet the answer is the one after it, which shares
// few of them. Such a question is read as an anchor (the part before the cue word) and the
// sentences that follow the anchor's best matches in the document become candidates, marked so
// that ranking can weigh them (ranking-features.ts, `follows`).

/** Words that say "what comes next": the anchor is the text before them. */
const CUE = /紧接着|接着|接下来(?![会要将还怎如打])|然后|随后|之后又|以后又|后又|后面说|后面讲|又说|又表示|又讲|又提到|下一句/;
/** Anchors shorter than this (meaningful characters) quote nothing. */
const MIN_ANCHOR = 4;
/** Best-matching anchor sentences whose followers are considered. */
const ANCHORS = 2;
/** Sentences after an anchor that count as what follows it, nearer ones more. */
const REACH = 3;

/** The quoted part of a "what comes next" question, or null. */
export function continuationAnchor(question: string): string | null {
  const m = CUE.exec(question);
  if (!m) return null;
  const anchor = question.slice(0, m.index);
  return [...anchor.replace(/[\p{P}\p{S}\s]/gu, '')].length >= MIN_ANCHOR ? anchor : null;
}

/** Up to REACH sentences after `passage` in its chronicle entry or, elsewhere, in its section. */
function nextSentences(services: Services, passage: Passage): Passage[] {
  const entry = services.library.entriesOf(passage.id)[0];
  if (entry) {
    const at = entry.passageIds.indexOf(passage.id);
    return entry.passageIds
      .slice(at + 1, at + 1 + REACH)
      .map((id) => services.library.passage(id))
      .filter((p): p is Passage => p !== undefined);
  }
  const section = passage.section?.join();
  const after = services.library.doc(passage.docId)?.passages.slice(passage.ordinal, passage.ordinal + REACH) ?? [];
  const sameSection = after.findIndex((p) => p.section?.join() !== section);
  return sameSection < 0 ? after : after.slice(0, sameSection);
}

/**
 * Sentences following the anchor's best matches, weighted 1/distance, halved after the second
 * best match. Empty when the question asks for no continuation.
 */
export function followers(services: Services, question: string): Map<string, number> {
  const result = new Map<string, number>();
  const anchor = continuationAnchor(question);
  if (!anchor) return result;
  const matches = services.index.sentences(services.tokenizer.tokenize(anchor));
  // The best few rows in one pass: a long anchor at scale matches tens of thousands.
  const score = (row: number) => matches.words[row]! + matches.bigrams[row]!;
  const rows: number[] = [];
  for (let row = 0; row < matches.count; row++) {
    let at = rows.length;
    while (at > 0 && score(rows[at - 1]!) < score(row)) at--;
    if (at < ANCHORS) rows.splice(at, 0, row);
    if (rows.length > ANCHORS) rows.pop();
  }
  rows.forEach((row, rank) => {
    const anchorPassage = services.library.passage(matches.id(row));
    if (!anchorPassage) return;
    nextSentences(services, anchorPassage).forEach((next, distance) => {
      const weight = 1 / (rank + 1) / (distance + 1);
      result.set(next.id, Math.max(result.get(next.id) ?? 0, weight));
    });
  });
  return result;
}
