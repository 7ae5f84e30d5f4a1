import { lemmatize } from '../query/english/lemma.js';
import { isStopLemma } from '../query/english/stop-words.js';
import type { TermGroup } from '../query/english/translate.js';

// The asked part of an English question, as question-focus.ts finds it in Chinese. English puts
// the event in a clause of its own before the question ("In his call with King Salman, what did
// Xi say G20 members should strengthen?"), and names the event by its people and places: those
// words also match the sentence announcing the event, while the asked clause's common words
// ("G20 members should strengthen") tell the answer sentence apart.
// "What did Xi tell Trump about the price China paid?" has no clause of its own for the event: what
// was said "about" is the asked part (open sets: v4, v6 and v9 English Hit@1 each +1 question).
// Measured on the open sets: cutting trailing time clauses too ("…when he spoke with Macron")
// and, with no clause, taking every common word, both lost more questions than they won.

/** A clause that asks: it holds a question word or an inverted auxiliary. */
const ASKING_CLAUSE =
  /\b(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/i;

/** "What did Xi tell Trump about the price China paid?": what was said is about the rest. */
const SAID_ABOUT = /\b(?:say|said|says|tell|told|tells|ask|asked|think|thinks|feel|felt|write|wrote|warn|warned)\b.*?\babout\b(.+)$/i;

/** A closing "…, according to the white paper": where the answer is, not what is asked. */
const SOURCE_CLAUSE = /[,;:]\s*(?:according to|as|in)\b[^,;:]*(?:paper|document|chronicle|report)\W*$/i;

const contentWords = (text: string): string[] =>
  (text.match(/[A-Za-z0-9]+/g) ?? []).filter((w) => !isStopLemma(lemmatize(w.toLowerCase())));

/**
 * The asked clause (from the last clause that asks to the end), narrowed to what was said "about";
 * null when the question is one clause that says nothing "about".
 */
export function englishFocus(question: string): string | null {
  const text = question.trim().replace(SOURCE_CLAUSE, '');
  const clauses = text.split(/(?<=[,;:，；：])\s*/);
  let asking = clauses.length - 1;
  while (asking >= 0 && !ASKING_CLAUSE.test(clauses[asking]!)) asking--;
  const asked = asking < 0 ? text : clauses.slice(asking).join(' ').trim();
  const about = SAID_ABOUT.exec(asked)?.[1]?.trim();
  if (about && contentWords(about).length >= 1) return about;
  if (asking <= 0) return null;
  const kept = contentWords(asked).length;
  // Both parts must say something: "…, and what was it about?" asks nothing of its own.
  return kept >= 1 && kept < contentWords(text).length ? asked : null;
}

/** A name (Xi, Europe, King Salman) or an acronym (WHO): it identifies the event. */
const isName = (group: TermGroup): boolean => /^[A-Z]/.test(group.english);

/** Chinese terms standing for the asked clause's common words (groups as chosen for the search). */
export function englishFocusTerms(question: string, groups: readonly TermGroup[]): string[] {
  const focus = englishFocus(question);
  if (focus === null) return [];
  // Whole words: "aid" is not in "what was said".
  const words = ` ${focus.match(/[A-Za-z0-9]+/g)?.join(' ') ?? ''} `;
  const inFocus = (g: TermGroup) => words.includes(` ${g.english.match(/[A-Za-z0-9]+/g)?.join(' ') ?? g.english} `);
  return groups.filter((g) => !isName(g) && inFocus(g)).flatMap((g) => g.chinese);
}
