import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument, Passage } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { documentsNamedIn, namesOf } from './document-question.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { TIME_ASKED } from './question-intent.js';
import { writingAnyDay } from './written-days.js';

// "判决书是哪天作出的", "这份通知什么时候发的": a question naming a document and asking when, with
// nothing else it could be about, asks the document's own date: the line dating it (a judgment's
// 二〇二五年十二月二十九日 under its judges' names, a notice's 落款). Ranked, such a line holds none of
// the question's words, and 哪天 or 作出 found chat messages asking 哪天. Beside the name and the
// asking, only a word of a document's making may stand (作出, 发布, 签发): any other (开庭, 到期)
// asks of something in it, and is ranked as before.

/** Words saying a document was made: written, signed, issued, recorded. */
const MAKING = /^(?:发布|发表|发出|发|出|作出|做出|写|写成|签|签订|签署|签发|印发|下发|公布|颁布|出台|出具|录制|录|成文|落款|定稿)$/u;

/** The dated document a question asks the date of, with the sentences writing it, or null. */
export function documentDateAsked(services: Services, question: string): { doc: IngestedDocument; dated: Passage[] } | null {
  const simplified = toSimplified(question);
  if (!TIME_ASKED.test(simplified)) return null;
  const { docs, rest } = documentsNamedIn(services, simplified);
  const doc = docs.length === 1 ? docs[0]! : null;
  const date = doc?.meta.date;
  if (!doc || !date) return null;
  const words = services.tokenizer.tokenize(rest.replace(new RegExp(TIME_ASKED.source, 'giu'), ' ')).words;
  // What is left of a name once a shorter one was cut from it (停暖 of 停暖通知) names the document too.
  const names = namesOf(doc);
  if (!words.every((word) => MAKING.test(word) || names.some((name) => name.includes(word)))) return null;
  const texts = doc.passages.map((passage) => services.library.matchText(passage));
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
