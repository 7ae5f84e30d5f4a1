import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Passage, Section } from '../core/types.js';
import { pagedAnswerOf } from './answer-shape.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { passageItem } from './passage-item.js';
import { namedSections, withoutSectionReference } from './section-reference.js';

// "前言里说了什么", "白皮书第二部分讲的是什么", "What does the preface say?": a question that
// names a part of a document and asks nothing more asks for that part, as "3月18日发生了什么"
// asks for the day (day-question.ts). Ranking its sentences found none: none holds the words
// 前言 or 说. The honest answer is the part itself, in the document's order.

/** The parts a question asks about as a whole, or null when it asks something more specific. */
export function wholeSectionsAsked(services: Services, question: string): Section[] | null {
  const named = namedSections(question);
  if (!named) return null;
  const rest = withoutSectionReference(question);
  const english = services.english(rest);
  // An English word that asks nothing ("say", "cover") is judged as typed: its translations
  // (cover: 覆盖, 掩盖, 藏匿…) would look specific.
  const translated = (english?.groups ?? []).flatMap((g) => (GENERIC_SECTION_WORDS.has(g.english.toLowerCase()) ? [] : g.chinese));
  const words = [
    ...(english ? [] : services.tokenizer.tokenize(rest).words),
    ...translated,
    ...(english?.unknown ?? []).map((w) => w.toLowerCase()),
  ];
  if (words.some((w) => !GENERIC_SECTION_WORDS.has(w.toLowerCase()) && !/^[\p{P}\p{S}\s\d]*$/u.test(w))) return null;
  const sections = services.library.documents.flatMap((d) => d.sections.filter(named));
  return sections.length ? sections : null;
}

/** Every sentence of the parts, in the document's order, grouped by section. */
export function answerWholeSections(services: Services, request: AnswerRequest, sections: readonly Section[]): Answer {
  const seen = new Set<string>();
  const sentences: { passage: Passage; group: string }[] = [];
  for (const section of sections) {
    for (const id of section.passageIds) {
      const passage = services.library.passage(id);
      if (!passage || seen.has(id)) continue;
      seen.add(id);
      sentences.push({ passage, group: section.path.join(' › ') });
    }
  }
  const parts = [...new Set(sections.map((s) => s.path[0] ?? ''))].map((p) => `“${p}”`).join('、');
  // A part with sub-sections says what they are: 150 sentences in order are easier read with a map.
  const subsections = [...new Set(sections.flatMap((s) => (s.path.length > 1 ? [s.path.at(-1)!] : [])))];
  const map = subsections.length ? `，分 ${subsections.length} 节：${subsections.join('；')}` : '';
  return pagedAnswerOf(request, sentences, ({ passage, group }) => passageItem(services, passage, 1, [], group), {
    message: `${parts}共 ${sentences.length} 句${map}。以下按原文顺序列出；要问其中的具体内容，请直接提问。`,
  });
}
