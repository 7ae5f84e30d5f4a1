import { documentTitles } from '../core/document-titles.js';
import { atPlace, readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { bookTitle } from '../text/book-title.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { labelYear } from './days-in-every-year.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { counted, dayIn, localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { titlePartsNamed } from './title-part.js';

// "白皮书讲了什么", "纪实说了什么", "What does the white paper say?": a question that names a whole
// document and asks nothing more asks for the document, as "前言里说了什么" asks for a part
// (section-question.ts). Ranked, it found nothing (no sentence holds 白皮书 and 讲). The honest
// answer is the document's outline and its sentences, in its order.

/**
 * The names a question may call a document by: its aliases and titles, folded Simplified, longest
 * first. Folded once per document: at 100× the corpus a question was folding 200 documents' titles,
 * several times over (each English word's translations are matched against every document).
 */
const namesByDocument = new WeakMap<IngestedDocument, string[]>();

export function namesOf(doc: IngestedDocument): string[] {
  let names = namesByDocument.get(doc);
  if (!names) {
    const folded = [...(doc.meta.aliases ?? []), ...documentTitles(doc), doc.meta.shortTitle ?? ''].filter(Boolean).map(toSimplified);
    names = [...new Set(folded)].sort((a, b) => b.length - a.length);
    namesByDocument.set(doc, names);
  }
  return names;
}

/**
 * Words asking what a text says. Required: a document's title may be a common word (a user's
 * 疫苗.txt is titled 疫苗), and "/ask 疫苗" asks about vaccines, not for that file.
 */
export const ASKS_WHAT_IT_SAYS =
  /讲|说|写|内容|提到|谈|概括|总结|大意|主旨|要点|\b(?:say|says|said|cover|covers|summari[sz]e|summary|overview|gist|about)\b/iu;

/**
 * Question words asking something of a document, not for it ("谁写了白皮书", "Who wrote the white
 * paper?"): the tokenizer drops them as common, so they are looked for in the text itself. Not 哪,
 * 几, 怎么: "讲了哪些内容", "哪几个方面", "是怎么说的" ask what it says.
 */
export const ASKS_SOMETHING_ELSE = /谁|为什么|为何|如何|吗|多少|何时|何地|\b(?:who|why|when|where|how|which|whom|whose)\b/iu;

/** The documents a question asks about as a whole, in corpus order, or null when it asks something more. */
/**
 * The documents a text names (folded Simplified) by a distinctive part of a title, a title or an
 * alias, and the text without those names; the documents in corpus order.
 */
export function documentsNamedIn(services: Services, text: string, besideAPart = false): { docs: IngestedDocument[]; rest: string } {
  let rest = text;
  const named = new Set<IngestedDocument>();
  // A distinctive part of a title first: 使用说明书 holds the alias 说明书, which would leave 使用 asked.
  for (const { doc, part } of titlePartsNamed(services, rest, besideAPart)) {
    named.add(doc);
    rest = rest.split(part).join(' ');
  }
  for (const doc of services.library.documents) {
    const found = namesOf(doc).filter((name) => rest.includes(name));
    if (!found.length) continue;
    named.add(doc);
    for (const name of found) rest = rest.split(name).join(' ');
  }
  return { docs: services.library.documents.filter((doc) => named.has(doc)), rest };
}

/**
 * The documents a query names and asks nothing else of (员工手册, 《员工手册》), or null. Ranking
 * goes first (a title may be a word the sentences write: 疫苗); this is for when it found nothing.
 */
export function documentsNamedAlone(services: Services, query: string): IngestedDocument[] | null {
  const { docs, rest } = documentsNamedIn(services, toSimplified(query));
  return docs.length && !/[\p{L}\p{N}]/u.test(rest) ? docs : null;
}

export function wholeDocumentsAsked(services: Services, question: string): IngestedDocument[] | null {
  let rest = toSimplified(question);
  // Most questions have no such word: they are let go before any document's names are read.
  if (!ASKS_WHAT_IT_SAYS.test(rest)) return null;
  const found = documentsNamedIn(services, rest);
  const named = found.docs;
  rest = found.rest;
  // Judged on what the names leave: a title holding 总结 or 如何 (工作总结.txt, 如何洗手.txt) says nothing of the question.
  if (!ASKS_WHAT_IT_SAYS.test(rest) || ASKS_SOMETHING_ELSE.test(rest)) return null;
  const english = services.english(rest);
  // In English the document is named by a translation ("the white paper": 白皮书).
  const naming = (chinese: readonly string[]) =>
    services.library.documents.filter((doc) => namesOf(doc).some((name) => chinese.some((t) => toSimplified(t) === name)));
  for (const group of english?.groups ?? []) for (const doc of naming(group.chinese)) if (!named.includes(doc)) named.push(doc);
  if (!named.length) return null;
  const words = english
    ? [...english.groups.filter((g) => !naming(g.chinese).length).map((g) => g.english), ...english.unknown]
    : services.tokenizer.tokenize(rest).words;
  const asksMore = words.some((w) => !GENERIC_SECTION_WORDS.has(w.toLowerCase()) && !/^[\p{P}\p{S}\s\d]*$/u.test(w));
  return asksMore ? null : services.library.documents.filter((doc) => named.includes(doc));
}

/** The parts of a document with parts, or the span of a chronicle's days, for the message. */
function outlineOf(doc: IngestedDocument, locale: 'zh' | 'en', year: number): string {
  const parts = [...new Set(doc.sections.map((s) => s.path[0] ?? ''))].filter(Boolean);
  if (parts.length)
    return say(
      locale,
      `，分 ${parts.length} 部分：${parts.join('；')}`,
      ` in ${counted('en', parts.length, '部分', 'part')}: ${parts.join('; ')}`,
    );
  const days = doc.entries.flatMap((e) => e.dates.filter((d): d is string => d !== null)).sort();
  if (!days.length) return '';
  const [first, last] = [days[0]!, days[days.length - 1]!];
  return say(
    locale,
    `，${doc.entries.length} 条纪实，${formatDateZh(first, year)}至${formatDateZh(last, year)}`,
    `, ${counted('en', doc.entries.length, '条', 'entry', 'entries')} (${formatDateEn(first, year)} to ${formatDateEn(last, year)})`,
  );
}

/** Every sentence of the documents, in their order, each under its part or day; the outline in the message. */
export function answerWholeDocuments(services: Services, request: AnswerRequest, docs: readonly IngestedDocument[]): Answer {
  const locale = localeOf(request);
  const days = docs.flatMap((doc) => doc.entries.flatMap((e) => e.dates.filter((d): d is string => d !== null))).sort();
  // Days labelled with their year when the documents span several (days-in-every-year.ts).
  const year = labelYear(services, days);
  // Every sentence as it reads, a sentence written twice at both places.
  const sentences = docs.flatMap((doc) =>
    readingOrder(doc).map((at) => {
      const { place } = at;
      const group = place.section?.join(' › ') ?? (place.date ? formatDateZh(place.date, year) : doc.meta.title);
      return { passage: atPlace(at), group };
    }),
  );
  const outlines = docs.map((doc) => {
    const count = readingOrder(doc).length;
    return `${bookTitle(doc.meta.title)}${say(locale, `共 ${count} 句`, `: ${counted('en', count, '句', 'sentence')}`)}${outlineOf(doc, locale, year)}`;
  });
  const first = days[0];
  return pagedAnswerOf(request, sentences, ({ passage, group }) => passageItem(services, passage, 1, [], group), {
    message: say(
      locale,
      `${outlines.join('；')}。以下按原文顺序列出；要问其中的具体内容，请直接提问。`,
      `${outlines.join('; ')}. Listed in the documents' order. To ask about something in them, ask directly.`,
    ),
    suggestions: first ? [`/date ${dayIn(locale, first, year)}`] : [],
  });
}
