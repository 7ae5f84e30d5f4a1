import type { Library } from '../core/library.js';
import type { Services } from '../core/services.js';
import type { AnswerItem, Passage } from '../core/types.js';
import { CIRCLED_NUMBERS } from '../text/circled-numbers.js';
import { passageItem } from './passage-item.js';
import { counterparts, inOriginal } from './translation-pairs.js';

// Beside a sentence of a text given with its translation (translation-pairs.ts): the sentences
// rendering it in the other text, and the notes its circled marks call (歲久輒圮① → note ①). A
// reader of /context on a classical sentence saw only the classical sentences around it, and a
// question asking what it means (这句什么意思, 翻译成白话) never reached its translation.

export const TRANSLATION_GROUP = '译文';
export const ORIGINAL_GROUP = '原文';
export const NOTE_GROUP = '注释';

/** A notes part, by its heading. */
const NOTES = /注释|注解|校注|附注|注$/u;
const MARKS = new RegExp(`[${CIRCLED_NUMBERS}]`, 'gu');
const OPENS_NOTE = new RegExp(`^[${CIRCLED_NUMBERS}]`, 'u');

/** The note a circled mark calls in the document's notes part: its line, and the sentences running on to the next mark. */
function notesCalled(library: Library, passage: Passage): Passage[] {
  const marks = [...new Set(passage.text.match(MARKS) ?? [])];
  const doc = marks.length ? library.doc(passage.docId) : undefined;
  if (!doc) return [];
  const heading = (path: readonly string[]) => path[path.length - 1] ?? '';
  const notes = doc.sections
    .filter((s) => NOTES.test(heading(s.path)))
    .flatMap((s) => s.passageIds.flatMap((id) => library.passage(id) ?? []));
  return marks.flatMap((mark) => {
    const at = notes.findIndex((note) => note.text.trim().startsWith(mark));
    if (at < 0) return [];
    const next = notes.findIndex((note, i) => i > at && OPENS_NOTE.test(note.text.trim()));
    return notes.slice(at, next < 0 ? notes.length : next);
  });
}

/** The counterparts of `passage` (its translation, or its original) and, for an original, its notes; none for other sentences. */
export function pairedPassages(library: Library, passage: Passage): { passage: Passage; group: string }[] {
  const others = counterparts(library, passage);
  if (!others.length) return [];
  const original = inOriginal(passage);
  return [
    ...others.map((other) => ({ passage: other, group: original ? TRANSLATION_GROUP : ORIGINAL_GROUP })),
    ...notesCalled(library, original ? passage : (others[0] ?? passage)).map((note) => ({ passage: note, group: NOTE_GROUP })),
  ];
}

/** /context's items after the neighbours: the sentence's counterparts and notes, none already shown. */
export function pairedItems(services: Services, passage: Passage, shown: ReadonlySet<string>): AnswerItem[] {
  return pairedPassages(services.library, passage)
    .filter((paired) => !shown.has(paired.passage.id))
    .map((paired) => passageItem(services, paired.passage, 1, [], paired.group));
}

/** A question asking what a sentence means or says in the modern language. */
const ASKS_MEANING =
  /翻译|翻譯|译文|譯文|译成|譯成|今译|白话|白話|现代汉语|現代漢語|什么意思|什麼意思|啥意思|意思是|是何意|何意|怎么理解|怎麼理解|如何理解|怎么解释|怎麼解釋|解释一下|是指什么|指的是什么|\b(?:mean|means|meaning|translat\w*)\b/iu;

/** How many of the best-ranked sentences may be the one asked about. */
const ASKED_AMONG = 3;

/**
 * For a question asking what an original sentence means (夏施茶冬施粥翻译成白话是什么意思): the
 * best-ranked original sentence's translation first, then the sentence, then its notes, then the rest.
 */
export function translationsFirst<T extends { passage: Passage; score: number; terms: string[] }>(
  library: Library,
  question: string,
  ranked: readonly T[],
): readonly (T | { passage: Passage; score: number; terms: string[] })[] {
  if (!ASKS_MEANING.test(question)) return ranked;
  const asked = ranked.slice(0, ASKED_AMONG).find((r) => inOriginal(r.passage) && counterparts(library, r.passage).length);
  if (!asked) return ranked;
  const paired = pairedPassages(library, asked.passage);
  const translation = paired.filter((p) => p.group === TRANSLATION_GROUP).map((p) => p.passage);
  const notes = paired.filter((p) => p.group === NOTE_GROUP).map((p) => p.passage);
  const placed = new Set([...translation, asked.passage, ...notes].map((p) => p.id));
  const beside = (passage: Passage) => ({ passage, score: asked.score, terms: [] as string[] });
  return [...translation.map(beside), asked, ...notes.map(beside), ...ranked.filter((r) => !placed.has(r.passage.id))];
}
