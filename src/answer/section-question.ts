import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { atPlace, readingOrder, type SentenceAt } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument, Passage, Section } from '../core/types.js';
import { bookTitle } from '../text/book-title.js';
import { chineseNumeral } from '../text/chinese-numerals.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { documentsNamedIn } from './document-question.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { sectionsAskedFor } from './heading-asked.js';
import { blockAsked } from './headings-named.js';
import { counted, localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import {
  dottedNumber,
  headingWords,
  namedSections,
  partNumber,
  partOfHeading,
  withoutSectionReference,
  writtenAsAsked,
} from './section-reference.js';

// "前言里说了什么", "白皮书第二部分讲的是什么", "What does the preface say?": a question that
// names a part of a document and asks nothing more asks for that part, as "3月18日发生了什么"
// asks for the day (day-question.ts). Ranking its sentences found none: none holds the words
// 前言 or 说. The honest answer is the part itself, in the document's order.

/** The parts a question asks for, and the documents it names as theirs (none: any document's). */
export interface PartsAsked {
  sections: Section[];
  documents: IngestedDocument[];
}

/**
 * The parts a question asks about as a whole, or null when it asks something more specific; none
 * (an empty list) when it asks for a part by position that no document has (第五部分 of four).
 */
export function wholeSectionsAsked(services: Services, question: string): PartsAsked | null {
  const named = namedSections(question);
  if (!named) {
    const titled = sectionsTitled(services, question) ?? sectionsAskedFor(services, question) ?? blockAsked(services, question);
    return titled && { sections: titled, documents: [] };
  }
  // A document named beside the part (更新日志的第三部分, 白皮书第二部分) says whose part: its name asks nothing more.
  const { docs, rest } = namingDocuments(services, withoutSectionReference(question));
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
  if (!docs.length) {
    const sections = services.library.documents.flatMap((d) => d.sections.filter(named));
    // Headings writing the part as asked (第三章) first: other styles' third parts only when none does.
    const asAsked = writtenAsAsked(question);
    const written = asAsked ? sections.filter(asAsked) : [];
    // A dotted number no heading writes (1.5是什么) is a figure asked about, ranked as before.
    if (!sections.length && dottedNumber(question)) return null;
    return { sections: written.length ? written : sections, documents: [] };
  }
  const n = partNumber(question);
  const sections = docs.flatMap((d) => {
    const parts = [...new Set(d.sections.map((s) => s.path[0] ?? ''))];
    // A named document whose parts carry no number (a changelog's dated headings): its Nth part as it reads.
    if (n === null || parts.some((part) => partOfHeading(part))) return d.sections.filter(named);
    const part = parts[n - 1];
    return part === undefined ? [] : d.sections.filter((s) => s.path[0] === part);
  });
  return { sections, documents: docs };
}

/** The documents a question names (document-question.ts), and the question without those names (folded Simplified). */
const namingDocuments = (services: Services, question: string) => documentsNamedIn(services, toSimplified(question), true);

/** A part asked for that no document has: the parts they have, each as a question to ask instead. */
export function answerNoSuchPart(services: Services, request: AnswerRequest, named: readonly IngestedDocument[]): Answer {
  const locale = localeOf(request);
  // The documents the question named, when it named some: their parts are the ones to offer.
  const asked = named.length ? named : services.library.documents;
  // Offered questions name the document too when the question did (纪实 has no part: the white paper's 第二部分 is not it).
  const name = named.length === 1 && named[0] ? (named[0].meta.shortTitle ?? named[0].meta.title) : null;
  const prefix = name ? `${name}的` : '';
  const ofName = name ? ` of ${name}` : '';
  const outlines = asked.flatMap((d) => {
    const parts = [...new Set(d.sections.map((s) => s.path[0] ?? ''))].filter(Boolean);
    return parts.length ? [{ title: d.meta.title, parts }] : [];
  });
  // Each part quoted, as the documents head it (a reader converting the message's script leaves quotes as written).
  const quoted = (parts: readonly string[]) => parts.map((part) => `“${part}”`);
  const listing = outlines
    .map(({ title, parts }) =>
      say(locale, `${bookTitle(title)}：${quoted(parts).join('、')}`, `${bookTitle(title)}: ${quoted(parts).join(', ')}`),
    )
    .join('\n');
  const numbered = outlines.flatMap(({ parts }) => parts.flatMap((part) => partOfHeading(part) ?? []));
  // Asked as section-reference.ts reads a part: 第N章 / "chapter N" for a chapter, 第N部分 / "part N" otherwise.
  const ask = ({ n, unit }: { n: number; unit: string }) =>
    locale === 'en'
      ? `/ask What does ${unit === '章' ? 'chapter' : 'part'} ${n}${ofName} say?`
      : `/ask ${prefix}第${chineseNumeral(n)}${unit}讲的是什么`;
  return pagedAnswer(request, [], {
    message: say(
      locale,
      outlines.length
        ? `文档中没有问到的这一部分。各文档的部分：\n${listing}`
        : named.length
          ? `${named.map((d) => bookTitle(d.meta.title)).join('、')}没有分部分。`
          : '文档没有分部分。',
      outlines.length
        ? `No document has the part asked for. The documents' parts:\n${listing}`
        : named.length
          ? `${named.map((d) => bookTitle(d.meta.title)).join(', ')} ${named.length > 1 ? 'are' : 'is'} not divided into parts.`
          : 'The documents are not divided into parts.',
    ),
    suggestions: [...new Set(numbered.map(ask))].slice(0, 5),
  });
}

/** Shortest run of words naming a section by its heading (第一阶段 in 一 第一阶段迅即应对突发疫情). */
const MIN_TITLE_CHARACTERS = 3;
/** Words that ask what a part says, not about something in it ("What does the Tournaments section say?"). */
const ASKS_WHAT_IT_SAYS =
  /讲|说|写|内容|全文|原文|提到|谈|概括|总结|大意|主旨|要点|一节|这节|那节|部分|章节|\b(?:section|part|chapter)\b/iu;
const isGeneric = (word: string) => GENERIC_SECTION_WORDS.has(word) || /^[\p{P}\p{S}\s\d]+$/u.test(word);

/**
 * A (sub-)section named by words of its heading and nothing more specific ("第一阶段讲了什么",
 * "坚决反对污名化和疫情政治化那一节说了什么", "势力那一节讲了什么" for 3. 势力), or beside its document's
 * name ("雾港城的势力部分讲了什么"): the sections whose heading contains those words, with the ones
 * under them. The words must be one run: the question's only non-generic words.
 */
function sectionsTitled(services: Services, question: string): Section[] | null {
  const simplified = toSimplified(question);
  // A keyword alone (/ask 疫情防控) is a question to rank: only one that also asks what the part
  // says (讲了什么, 那一节) asks for the part. Tested first: most questions do not, and need no cut.
  if (!ASKS_WHAT_IT_SAYS.test(simplified)) return null;
  const titled = titledIn(services, simplified, services.library.documents);
  if (titled) return titled;
  // The document named beside its part says whose part it is, and asks nothing more.
  const { docs, rest } = namingDocuments(services, simplified);
  return docs.length ? titledIn(services, rest, docs) : null;
}

/** The sections of `docs` a run of words names by their heading, or null. */
function titledIn(services: Services, text: string, docs: readonly IngestedDocument[]): Section[] | null {
  const words = services.segment(text);
  // The corpus's dictionary may cut a generic word the corpus never writes (什么 → 什 么, 一节 → 一 节).
  const generic = words.map((w, i) => isGeneric(w) || isGeneric(`${words[i - 1] ?? ''}${w}`) || isGeneric(`${w}${words[i + 1] ?? ''}`));
  const first = generic.indexOf(false);
  if (first < 0) return null;
  const last = generic.lastIndexOf(false);
  const title = words.slice(first, last + 1).join('');
  // A shorter run names a heading only as the whole of it (导语, 说明), or of its words without
  // its number (势力 of 3. 势力): inside headings it is too common.
  const whole = [...title].length < MIN_TITLE_CHARACTERS;
  if (whole && [...title].length < 2) return null;
  const { all, folded } = headingsOf(services.library);
  // One scan of every heading first: most questions name none (at 100× the corpus, 12,000 sections).
  if (!all.includes(title)) return null;
  const names = (heading: string) => (whole ? heading === title || headingWords(heading) === title : heading.includes(title));
  const sections = docs.flatMap((d) => d.sections.filter((section) => folded.get(section)?.some(names)));
  return sections.length ? sections : null;
}

interface Headings {
  /** Every section's headings, folded Simplified, joined: one `includes` tells whether any holds a text. */
  all: string;
  folded: Map<Section, string[]>;
}

/** Headings folded once per library: converting them at every question cost most of a question's time at 100×. */
const headingsByLibrary = new WeakMap<Library, Headings>();

function headingsOf(library: Library): Headings {
  let headings = headingsByLibrary.get(library);
  if (!headings) {
    const folded = new Map<Section, string[]>();
    for (const doc of library.documents) for (const section of doc.sections) folded.set(section, section.path.map(toSimplified));
    headings = { all: [...folded.values()].flat().join('\u0000'), folded };
    headingsByLibrary.set(library, headings);
  }
  return headings;
}

/** The longest start all paths share. */
function sharedPath(paths: readonly string[][]): string[] {
  const [first = [], ...rest] = paths;
  let length = first.length;
  for (const path of rest) {
    let same = 0;
    while (same < length && path[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length);
}

/**
 * A document's reading order grouped by section, once per document: at 100× the corpus a part's
 * name (前言) is the heading of 100 copies' parts, and grouping each copy's 600 sentences again
 * at every such question took 50–140 ms.
 */
const readingBySection = memoized((doc: IngestedDocument) => {
  const bySection = new Map<string, SentenceAt[]>();
  for (const at of readingOrder(doc)) {
    const key = at.place.section?.join('\u0000') ?? '';
    const group = bySection.get(key);
    if (group) group.push(at);
    else bySection.set(key, [at]);
  }
  return bySection;
});

/**
 * Every sentence of the parts, each as its section reads (a sentence written twice at both places),
 * in the document's order; part by part in the order given when `partsAsGiven` (最新一封和最早一封:
 * the newest e-mail first, as asked).
 */
export function sectionSentences(
  services: Services,
  sections: readonly Section[],
  keep: (at: SentenceAt) => boolean = () => true,
  partsAsGiven = false,
): { passage: Passage; group: string }[] {
  const sentences = sections.flatMap((section, part) => {
    const doc = services.library.doc(section.docId);
    return (doc ? (readingBySection(doc).get(section.path.join('\u0000')) ?? []) : []).filter(keep).map((at) => ({
      passage: atPlace(at),
      group: section.path.join(' › '),
      part: partsAsGiven ? part : 0,
    }));
  });
  // In the document's order across the parts: a part's lines after its sub-parts (a recipe's 小贴士 after 步骤) stay after them.
  const position = ({ passage }: { passage: Passage }) => passage.places[0]?.position ?? 0;
  return sentences.sort((a, b) => a.part - b.part || position(a) - position(b)).map(({ passage, group }) => ({ passage, group }));
}

/** Every sentence of the parts (those `keep` keeps), in the document's order, grouped by section. */
export function answerWholeSections(
  services: Services,
  request: AnswerRequest,
  sections: readonly Section[],
  keep?: (at: SentenceAt) => boolean,
  partsAsGiven = false,
): Answer {
  const sentences = sectionSentences(services, sections, keep, partsAsGiven);
  // Named by the path the sections share (a part, or a sub-section named by its heading), and
  // mapped by the headings one level below it: 150 sentences in order are easier read with a map.
  const shared = sharedPath(sections.map((s) => s.path));
  const parts = shared.length
    ? `“${shared.join(' › ')}”`
    : [...new Set(sections.map((s) => s.path[0] ?? ''))].map((p) => `“${p}”`).join('、');
  const below = shared.length || 1;
  const subsections = [...new Set(sections.flatMap((s) => (s.path.length > below ? [s.path[below]!] : [])))];
  const map = subsections.length ? `，分 ${subsections.length} 节：${subsections.join('；')}` : '';
  return pagedAnswerOf(request, sentences, ({ passage, group }) => passageItem(services, passage, 1, [], group), {
    message: say(
      localeOf(request),
      `${parts}共 ${sentences.length} 句${map}。以下按原文顺序列出；要问其中的具体内容，请直接提问。`,
      `${parts}: ${counted('en', sentences.length, '句', 'sentence')}${subsections.length ? ` in ${counted('en', subsections.length, '节', 'sub-section')} (${subsections.join('; ')})` : ''}, listed in the document's order. To ask about something in it, ask directly.`,
    ),
  });
}
