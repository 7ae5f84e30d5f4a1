import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument, Section } from '../core/types.js';
import { comparisonKey } from '../ingest/normalize-raw.js';
import { answerCorpus, corpusAsked } from './corpus-question.js';
import { answerAsDate } from './date.js';
import { impossibleDayAsked } from './day-question.js';
import { answerDocumentDate, documentDateAsked } from './document-date.js';
import { answerWholeDocuments, wholeDocumentsAsked } from './document-question.js';
import { answerPartItem, partItemAsked } from './part-item.js';
import { answerPostsAsked } from './post-question.js';
import { answerNoSuchPart, answerWholeSections, wholeSectionsAsked } from './section-question.js';
import { answerTurnsAsked } from './turns-asked.js';

// /ask questions that ask for a whole thing, not for sentences: a day that cannot exist
// (2月30日发生了什么), a part of a document (前言里说了什么, 第五部分讲的是什么), a whole document
// (白皮书讲了什么), a thread's posts (3楼说了什么). Each gets the thing, or why it is not there; ranking found noise for them.
// (A whole day that exists is answered first, by the caller: it also serves running text.)

/** The answer to a question asking for a whole thing, or null when it asks for sentences. `dayNamed`: it names a real day. */
export function wholeThingAnswer(services: Services, request: AnswerRequest, dayNamed: boolean): Answer | null {
  const impossibleDay = dayNamed ? null : impossibleDayAsked(services, request.query);
  if (impossibleDay) return answerAsDate(services, request, impossibleDay);
  // A numbered item of a part named with it (注意事项第3条): that item, not a whole part or a ranked list.
  const item = partItemAsked(services, request.query);
  if (item) return answerPartItem(services, request, item);
  // A thread's posts named by floor, author or day (3楼说了什么, 老张说了什么): those posts.
  const posts = answerPostsAsked(services, request);
  if (posts) return posts;
  // A transcript's speaker named (何文涛说了什么): their turns.
  const turns = answerTurnsAsked(services, request);
  if (turns) return turns;
  const parts = wholeSectionsAsked(services, request.query);
  const sections = parts?.sections ?? null;
  // A heading that repeats its document's title (a Markdown file's # Volunteer Handbook) names the
  // document: its other parts are the document's too (a setext heading after it is a part of its own).
  const titled = sections?.length ? documentsTitledBy(services, sections) : null;
  if (titled) return answerWholeDocuments(services, request, titled);
  if (sections)
    return sections.length ? answerWholeSections(services, request, sections) : answerNoSuchPart(services, request, parts?.documents ?? []);
  const documents = wholeDocumentsAsked(services, request.query);
  if (documents) return answerWholeDocuments(services, request, documents);
  // A document's own date (判决书是哪天作出的): the lines dating it.
  const dated = documentDateAsked(services, request.query);
  if (dated) return answerDocumentDate(services, request, dated);
  return corpusAsked(services, request.query) ? answerCorpus(services, request) : null;
}

/**
 * The documents whose title heading the question named (the heading itself among the sections, not
 * only parts under it: 补充规定 under # 手册 is a part), or null when a section is a part's own.
 */
function documentsTitledBy(services: Services, sections: readonly Section[]): IngestedDocument[] | null {
  const docs = new Set<IngestedDocument>();
  const titled = (section: Section, doc: IngestedDocument) => comparisonKey(section.path[0] ?? '') === comparisonKey(doc.meta.title);
  for (const section of sections) {
    const doc = services.library.doc(section.docId);
    if (!doc || !titled(section, doc)) return null;
    docs.add(doc);
  }
  const named = sections.some((section) => section.path.length === 1);
  return named ? [...docs] : null;
}
