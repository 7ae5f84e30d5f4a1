import type { Services } from '../core/services.js';
import type { IngestedDocument } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';

// A document's alias may be its subject: a gazetteer entry on a bridge is called 广济桥, a
// setting's notes 雾港城, a club's history 骑行俱乐部, and their sentences write that name. In
// "广济桥在哪里" or "广济桥是谁修的" the name is who or what is asked about, not a pointer to the
// document ("白皮书里提到了哪些国家"): taken out as one, it left the question nothing to rank
// (在哪里 is all question words), and the answer was "no results". Such an alias stays a word to
// rank as well as naming its document, unless the question uses it as a document: in it (里, 中),
// or saying something (提到, 说, 讲, 写, 记载).

/** Sentences of its own document writing an alias, at least, for it to be the document's subject. */
const SUBJECT_SENTENCES = 3;

/**
 * Names of a kind of document (说明书, 白皮书, 手册, 纪要, 攻略, 判决书, 日志, 聊天记录): a document may
 * write its own kind (请仔细阅读本说明书), and a question naming it means the document.
 */
const DOCUMENT_KIND =
  /(?:书|書|册|冊|志|录|錄|报|報|纪要|紀要|攻略|日志|日誌|记录|記錄|史|稿|帖|谱|譜|章程|规定|規定|规则|規則|合同|协议|協議|指南|须知|須知|公告|通知|简报|簡報|文件|资料|資料)$/u;

/** After a name: the question is about what the document holds or says, not about the thing named. */
const USED_AS_DOCUMENT =
  /^(?:》)?(?:里|裡|中|内|內|上|之中|当中|當中|一文|这篇|全文|提到|提及|说|說|讲|講|写|寫|记载|記載|介绍|介紹|谈到|談到|列出|有没有|有沒有提)/u;

const counts = new WeakMap<IngestedDocument, Map<string, number>>();

/** How many of the document's sentences write `alias` (folded Simplified, as the question is). */
function sentencesWriting(doc: IngestedDocument, alias: string): number {
  let byAlias = counts.get(doc);
  if (!byAlias) {
    byAlias = new Map();
    counts.set(doc, byAlias);
  }
  let count = byAlias.get(alias);
  if (count === undefined) {
    count = doc.passages.reduce((n, passage) => n + (toSimplified(passage.text).includes(alias) ? passage.places.length : 0), 0);
    byAlias.set(alias, count);
  }
  return count;
}

/** Whether every place `question` writes `alias` is followed by words using it as a document. */
function usedAsDocument(question: string, alias: string): boolean {
  const after = question.split(alias).slice(1);
  return after.length > 0 && after.every((rest) => USED_AS_DOCUMENT.test(rest.trimStart()));
}

/**
 * The aliases `question` (folded Simplified) names that are a document's subject and are asked
 * about as such: ranked as words too. `named` are the aliases the question names.
 */
export function subjectAliases(services: Services, question: string, named: readonly string[]): Set<string> {
  const subjects = new Set<string>();
  for (const alias of named) {
    if (DOCUMENT_KIND.test(alias) || usedAsDocument(question, alias)) continue;
    const folded = toSimplified(alias);
    const docs = services.library.documents.filter((doc) => doc.meta.aliases?.includes(alias));
    if (docs.some((doc) => sentencesWriting(doc, folded) >= SUBJECT_SENTENCES)) subjects.add(alias);
  }
  return subjects;
}
