import { documentTitles } from '../core/document-titles.js';
import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import type { IngestedDocument } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';
import { sentencesWriting } from './written-in-corpus.js';

// "使用说明书讲了什么" of 《小岚 AP-300 智能空气净化器使用说明书》, "青岚骑行俱乐部的十五年讲了什么" of
// 《从三个人到三百人：青岚骑行俱乐部的十五年》: a question may name a document by a part of its
// title. Such a part names it only when it is distinctive: long enough, in no other document's
// title, and not what the sentences themselves write ("国际合作讲了什么" of a chronicle titled
// …国际合作纪实 asks about international cooperation, which many sentences write).

/** Characters a part of a title needs to name its document (说明书 alone is an alias's job). */
const MIN_PART = 4;

/**
 * The same beside a part asked by position ("规则的第二部分", "AP-300的第三章"): the part asked says
 * the question is about a document, so two Han characters or three of a model name's do, and the
 * sentences may write them (the manual writes AP-300 throughout).
 */
const MIN_PART_BESIDE_A_PART = 2;
const MIN_LATIN_PART = 3;

/**
 * The same for the title's head, the noun it ends with (攻略 of 云溪古镇两日游攻略, 手册 of
 * …员工手册): a Chinese title names what the document is last, so a reader calls it by that
 * (攻略讲了什么), as by a short title. A closing note in brackets or after a dot (（2026年春季版）,
 * · 自用整理版) is no head.
 */
const MIN_HEAD = 2;
const CLOSING_NOTE = /\s*(?:[（(【［[][^（(【［[]*[）)】］\]]|\s[·・|｜—–-].*)\s*$/u;

/** Whether `part` ends `title` once its closing notes are set aside. */
const headsTitle = (title: string, part: string): boolean => {
  let head = title;
  for (let shorter = head.replace(CLOSING_NOTE, ''); shorter !== head && shorter; shorter = head.replace(CLOSING_NOTE, '')) head = shorter;
  return head.endsWith(part);
};

/** Sentences that may write the part before it is the documents' word, not a title's. */
const MAX_WRITTEN = 2;

/** The longest stretch of `a` that `b` writes. */
function longestShared(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++)
    for (let j = i + best.length + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = a.slice(i, j);
  return best;
}

/** Each document's titles, folded Simplified once per library (at 100× the corpus, 200 titles a question). */
const foldedTitles = memoized((library: Library) => library.documents.map((doc) => documentTitles(doc).map(toSimplified)));

/**
 * The documents a question names by a distinctive part of their title, each with the part as the
 * question writes it (folded Simplified), in corpus order.
 */
export function titlePartsNamed(services: Services, question: string, besideAPart = false): { doc: IngestedDocument; part: string }[] {
  const asked = toSimplified(question);
  const { documents } = services.library;
  const titles = foldedTitles(services.library);
  const named: { doc: IngestedDocument; part: string }[] = [];
  documents.forEach((doc, at) => {
    const shared = titles[at]!.map((title) => longestShared(asked, title).trim());
    const part = shared.reduce((longest, one) => (one.length > longest.length ? one : longest), '');
    const han = /\p{Script=Han}/u.test(part);
    const head = han && titles[at]!.some((title) => headsTitle(title, part));
    const least = besideAPart ? (han ? MIN_PART_BESIDE_A_PART : MIN_LATIN_PART) : head ? MIN_HEAD : MIN_PART;
    if ([...part].length < least || !(han || (besideAPart && /\p{L}/u.test(part)))) return;
    if (titles.some((own, other) => other !== at && own.some((title) => title.includes(part)))) return;
    if (!besideAPart && sentencesWriting(services.library, part).length > MAX_WRITTEN) return;
    named.push({ doc, part });
  });
  return named;
}
