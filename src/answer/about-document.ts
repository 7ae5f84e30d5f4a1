import { readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { bookTitle } from '../text/book-title.js';
import { cutGraphemes, ELLIPSIS } from '../text/graphemes.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswer } from './answer-shape.js';
import { documentsNamedIn } from './document-question.js';
import { counted, type Locale, localeOf, say } from './locale.js';

// "/about 判决书": /about naming a document describes that document — its title, other names,
// publisher and date, its parts with their sentence counts, and its notes — where it printed the
// whole corpus's summary as if nothing had been typed. A name no document has is said so, above
// the summary. Without an argument /about is as before.

/** The documents `query` names (an alias, a title or a distinctive part of one), in corpus order. */
export function documentsAboutAsked(services: Services, query: string): IngestedDocument[] {
  return documentsNamedIn(services, toSimplified(query.trim().replace(/^《(.*)》$/u, '$1'))).docs;
}

/** The parts of a document as it reads, each with its sentences counted. */
function partsOf(doc: IngestedDocument): { name: string; count: number }[] {
  const parts: { name: string; count: number }[] = [];
  for (const { place } of readingOrder(doc)) {
    const name = place.section?.[0];
    if (!name) continue;
    const last = parts[parts.length - 1];
    if (last?.name === name) last.count += 1;
    else parts.push({ name, count: 1 });
  }
  return parts;
}

/** At most this many parts named: a chat's messages are parts, one a message (a season's: thousands, a message of 280,000 characters). */
const PARTS_NAMED = 20;

/** The lines describing one document. */
function describeDocument(doc: IngestedDocument, locale: Locale): string[] {
  const { meta } = doc;
  const sentences = readingOrder(doc).length;
  const others = [...new Set([meta.shortTitle, ...(meta.aliases ?? [])])].filter((n): n is string => !!n && n !== meta.title);
  const parts = partsOf(doc);
  const named = parts.slice(0, PARTS_NAMED);
  const more = parts.length > named.length;
  const days = doc.entries.flatMap((e) => e.dates.filter((d): d is string => d !== null)).sort();
  const year = meta.year ?? Number.NaN;
  const lines = [bookTitle(meta.title)];
  if (others.length) lines.push(say(locale, `又称：${others.join('、')}`, `Also called: ${others.join(', ')}`));
  if (meta.publisher) lines.push(say(locale, `发布者：${meta.publisher}`, `Publisher: ${meta.publisher}`));
  if (meta.date) lines.push(say(locale, `日期：${formatDateZh(meta.date, Number.NaN)}`, `Date: ${formatDateEn(meta.date, Number.NaN)}`));
  lines.push(
    parts.length > 1
      ? say(
          locale,
          `共${sentences}句，分${parts.length}部分：${named.map((p) => `${p.name}（${p.count}句）`).join('；')}${more ? '等' : ''}`,
          `${counted('en', sentences, '句', 'sentence')} in ${counted('en', parts.length, '部分', 'part')}: ${named.map((p) => `${p.name} (${p.count})`).join('; ')}${more ? '; …' : ''}`,
        )
      : say(locale, `共${sentences}句`, counted('en', sentences, '句', 'sentence')),
  );
  if (days.length)
    lines.push(
      say(
        locale,
        `${doc.entries.length}条带日期的条目，${formatDateZh(days[0]!, year)}至${formatDateZh(days[days.length - 1]!, year)}`,
        `${counted('en', doc.entries.length, '条', 'dated entry', 'dated entries')}, ${formatDateEn(days[0]!, year)} to ${formatDateEn(days[days.length - 1]!, year)}`,
      ),
    );
  for (const note of meta.notes ?? []) lines.push(say(locale, `说明：${note}`, `Note: ${note}`));
  if (meta.digitsStripped)
    lines.push(
      say(locale, '此副本丢失了所有数字，数字和日期无法从中查到', 'This copy lost all its digits: figures and dates cannot be found in it'),
    );
  return lines;
}

/** /about of the documents `docs`: each described, and the question that lists each whole offered. */
export function answerAboutDocuments(request: AnswerRequest, docs: readonly IngestedDocument[]): Answer {
  const locale = localeOf(request);
  const message = docs.map((doc) => describeDocument(doc, locale).join('\n')).join('\n\n');
  // The name a question lists the document by (document-question.ts): its short title, else an alias.
  const suggestions = docs.map((doc) => `/ask ${doc.meta.shortTitle ?? doc.meta.aliases?.[0] ?? doc.meta.title}讲了什么`);
  return pagedAnswer(request, [], { message, suggestions });
}

/** The longest document name taken: Discord's document option takes no more (commands/about.ts). */
export const MAX_DOCUMENT_NAME = 100;

/** A name typed longer than any name, cut as Discord cuts it: by grapheme, with an ellipsis. */
export const documentNameShown = (query: string): string => cutGraphemes(query, MAX_DOCUMENT_NAME, ELLIPSIS);

/** Said above the corpus's summary when the argument names no document; a name of 10,000 characters is not echoed whole. */
export function noDocumentNamed(locale: Locale, query: string): string {
  const name = documentNameShown(query);
  return say(locale, `没有名为“${name}”的文档。以下是全部语料：`, `No document is called “${name}”. The whole corpus:`);
}
