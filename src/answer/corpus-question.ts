import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswer } from './answer-shape.js';
import { listedDocuments } from './document-list.js';
import { ASKS_SOMETHING_ELSE, ASKS_WHAT_IT_SAYS, answerWholeDocuments } from './document-question.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { counted, say } from './locale.js';
import { someSentenceWrites } from './written-in-corpus.js';

// "这些文档讲了什么", "What do the documents say?", "这篇文章讲了什么": a question about the documents
// as a whole names none of them, and ranking found nothing ("没有找到"). Its answer is the list of
// documents, as /about names them, with how to ask about one (a whole-document question lists it
// in order); over a single document, that document's listing.

/** Words naming the documents as a whole, or one of them without its title. */
const DOCUMENT_WORD =
  /^(?:文档|文件|文章|资料|材料|语料|语料库|这些|那些|这篇|那篇|这份|那份|这几篇|几篇|documents?|files?|texts?|articles?|corpus|these|those|this|that|all)$/iu;

/**
 * Words asking which documents there are ("有哪些文档", "文档列表", "What documents do you have?"):
 * a list is what they ask for, even with no word asking what the documents say.
 */
const ASKS_WHICH = /有什么|有哪些|哪些|哪几|列表|清单|目录|列出|\b(?:list|which|what)\b/iu;

/** Words naming only documents, whoever writes them. */
const UNAMBIGUOUS = /^(?:文档|语料|语料库|documents?|corpus)$/iu;

/** A request addressed to the bot or asking for a list (你们有…, 文件列表, list the files). */
const ASKS_THE_BOT = /你|您|列表|清单|目录|列出|\b(?:you|list)\b/iu;

/** Words such a request may hold besides the documents' own (你有…, 都有…, show me all…). */
const LISTING_WORD =
  /^(?:列表|清单|目录|列出|列|一下|都|你|你们|可以|可|能|查|查询|搜索|问|提问|list|show|me|you|have|do|can|is|are|there|available|which|what|search|ask)$/iu;

/** Whether a question asks what the documents say, naming none of them. */
export function corpusAsked(services: Services, question: string): boolean {
  const text = toSimplified(question);
  const asksWhatTheySay = ASKS_WHAT_IT_SAYS.test(text) && !ASKS_SOMETHING_ELSE.test(text);
  if (!asksWhatTheySay && !ASKS_WHICH.test(text)) return false;
  const english = services.english(text);
  const words = english ? [...english.groups.map((g) => g.english), ...english.unknown] : services.tokenizer.tokenize(text).words;
  const meaningful = words.filter((w) => !/^[\p{P}\p{S}\s\d]*$/u.test(w));
  const naming = meaningful.filter((w) => DOCUMENT_WORD.test(w) && !/^(?:这些|那些|these|those|this|that|all)$/iu.test(w));
  // "有哪些材料" over a game's wiki writing 游戏中的材料有… asks for its materials: a word of things
  // the documents' sentences write (材料, 资料, 文件) names the documents only when the bot is
  // asked (你们有哪些资料), a list is (资料列表) or what they say is.
  const written = (w: string) => !UNAMBIGUOUS.test(w) && someSentenceWrites(services.library, w.toLowerCase());
  if (!asksWhatTheySay && !ASKS_THE_BOT.test(text) && naming.every(written)) return false;
  return (
    naming.length > 0 &&
    meaningful.every((w) => DOCUMENT_WORD.test(w) || LISTING_WORD.test(w) || GENERIC_SECTION_WORDS.has(w.toLowerCase()))
  );
}

/** The documents listed, each with how to ask for it whole; a single document's listing. */
export function answerCorpus(services: Services, request: AnswerRequest): Answer {
  const { documents } = services.library;
  if (documents.length === 1) return answerWholeDocuments(services, request, documents);
  const en = request.locale === 'en';
  const { listed, more } = listedDocuments(services.stats.documents);
  const lines = listed.map(
    ({ document: d, name }) => `${name}${en ? `: ${counted('en', d.sentences, '句', 'sentence')}` : `：${d.sentences}句`}`,
  );
  // Asked by the name a reader types (its short title), which names it for wholeDocumentsAsked.
  const asks = documents.map((doc) => `/ask ${doc.meta.shortTitle ?? doc.meta.title}讲了什么`);
  const message = [
    say(request.locale === 'en' ? 'en' : 'zh', `语料共${documents.length}篇文档：`, `The corpus holds ${documents.length} documents:`),
    ...lines,
    ...(more > 0 ? [en ? `… and ${more} more (/about)` : `……另有${more}篇文档未列出（/about）`] : []),
    en
      ? `To read one in order, ask what it says, e.g. ${asks[0]}; to ask about something in them, ask directly.`
      : `要按原文顺序看其中一篇，请问它讲了什么，例如：${asks[0]}；要问其中的具体内容，请直接提问。`,
  ].join('\n');
  return pagedAnswer(request, [], { message, suggestions: asks.slice(0, 5) });
}
