// English words that carry no searchable meaning in a question: function words, question words,
// auxiliaries and vague verbs. They are dropped from queries and never become lexicon keys, so
// frequent glue words cannot pull in dozens of Chinese candidates. Stored as lemmas (see lemma.ts).
import { lemmatize } from './lemma.js';

const WORDS = `
a an the this that these those there here it its itself they them their theirs he him his she her
we us our you your i me my mine one ones some any all each every both either neither no not nor
and or but if then than so as because while although though whether also too very much many more
most less least few such same other another own only just even still yet again ever never already
besides
of in on at by for with from to into onto over under about above below between among through during
out up off away down like way thing non
before after since until till against within without upon via per across along around toward towards
be is are was were been being am do does did done doing have has had having get got getting
become became becoming
can could may might must shall should will would ought
what which who whom whose when where why how whatever whichever whoever
please tell know show list say mention describe explain happen
s t etc eg ie
`;

const CORE = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Lemmas of the stop words (so "gave", "said", "happened" are caught after lemmatising). */
export const STOP_LEMMAS: ReadonlySet<string> = new Set([...CORE].map((w) => lemmatize(w)).concat([...CORE]));

export function isStopLemma(lemma: string): boolean {
  return STOP_LEMMAS.has(lemma);
}
