import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument, Passage } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { documentsNamedIn } from './document-question.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { TIME_ASKED } from './question-intent.js';
import { writingAnyDay } from './written-days.js';

// "判决书是哪天作出的", "这份通知什么时候发的": a question naming a document and asking when, with
// nothing else it could be about, asks the document's own date: the line dating it (a judgment's
// 二〇二五年十二月二十九日 under its judges' names, a notice's 落款). Ranked, such a line holds none of
// the question's words, and 哪天 or 作出 found chat messages asking 哪天. The words left beside the
// name and the asking are what the question says the document did (作出, 发布, 签发): a word the
// document writes (开庭, 立案) asks of something in it instead, and is ranked as before.

/** The dated document a question asks the date of, with the sentences writing it, or null. */
export function documentDateAsked(services: Services, question: string): { doc: IngestedDocument; dated: Passage[] } | null {
  const simplified = toSimplified(question);
  if (!TIME_ASKED.test(simplified)) return null;
  const { docs, rest } = documentsNamedIn(services, simplified);
  const doc = docs.length === 1 ? docs[0]! : null;
  const date = doc?.meta.date;
  if (!doc || !date) return null;
  const words = services.tokenizer.tokenize(rest.replace(new RegExp(TIME_ASKED.source, 'giu'), ' ')).words;
  const texts = doc.passages.map((passage) => services.library.matchText(passage));
  if (words.some((word) => texts.some((text) => text.includes(word)))) return null;
  const writes = writingAnyDay([date], true);
  const dated = doc.passages.filter((_, i) => writes(texts[i]!));
  return dated.length ? { doc, dated } : null;
}

/** The sentences dating the document, its date in the message. */
export function answerDocumentDate(services: Services, request: AnswerRequest, asked: { doc: IngestedDocument; dated: Passage[] }): Answer {
  const { meta } = asked.doc;
  const name = meta.shortTitle ?? meta.title;
  const date = meta.date!;
  // The year always: a document's date is a whole date (no year to take for granted).
  const yearless = Number(date.slice(0, 4)) + 1;
  return pagedAnswerOf(request, asked.dated, (passage) => passageItem(services, passage, 1, []), {
    message: say(
      localeOf(request),
      `《${name}》的日期是${formatDateZh(date, yearless)}；文中写这一天的句子：`,
      `${name} is dated ${formatDateEn(date, yearless)}; the lines writing that day:`,
    ),
    suggestions: [],
  });
}
