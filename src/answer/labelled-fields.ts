import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { atPlace, readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { isBareLabel } from './bare-label.js';
import type { QueryAnalysis } from './query-analysis.js';
import { PLACE_ASKED, PLACE_LABEL } from './question-intent.js';
import type { RankedPassage } from './ranked-passage.js';

// A document's header block writes what it is about as fields (时间：…, 地点：…, 发布人： over a
// list of names). A question asks for a field by its kind, not its words: 这次发布会在哪里开的
// shares no word with `地点： 临川市政府新闻发布厅`, so nothing was found; 发布人有哪些 found the
// sentences writing 发布人 (谢谢各位发布人), not the names listed under the label. A question asking
// where or when of a document it names gets that document's place or time field first; one naming
// a label over a list and asking which (发布人有哪些) gets the list.

/** Question words asking for a kind of field, and the labels that name such a field. */
const KINDS = [
  { asks: PLACE_ASKED, labels: PLACE_LABEL },
  {
    asks: /什么时候|何时|几点|哪天|哪一天|什么时间|几号|(?<![a-z])when(?![a-z])/iu,
    labels: /^(?:时间|日期|会议时间|举办时间|举行时间|召开时间|date|time)$/iu,
  },
];
/** Asking which or who of a list: 有哪些, 是谁, 都有谁, 包括哪些. */
const ASKS_WHICH = /哪些|哪几|有谁|是谁|都有|包括|名单|(?<![a-z])(?:who|which)(?![a-z])/iu;
/** A field: its label (up to 8 characters) and colon opening the sentence, a value after it. */
const FIELD = /^\s*([^\s：:，,。]{1,8})\s*[：:]\s*\S/u;
/** Lines of a list under a label, at most: past that it is running text, not a field's value. */
const MAX_LISTED = 12;

interface Field {
  label: string;
  /** The field's own sentence, or the lines listed under a bare label. */
  passages: Passage[];
  docId: string;
  /** Whether it is a bare label's list. */
  list: boolean;
}

/** Each document's fields, in order: labelled sentences, and bare labels with the lines under them (up to the next field), once per library. */
const fieldsOf = memoized((library: Library): Field[] => {
  const fields: Field[] = [];
  for (const doc of library.documents) {
    const order = readingOrder(doc);
    order.forEach(({ passage }, at) => {
      const docId = doc.meta.id;
      if (isBareLabel(passage.text)) {
        const label = passage.text.replace(/[\s*_`：:]/gu, '');
        const listed: Passage[] = [];
        const section = order[at]!.place.section?.join('\u0000');
        for (const next of order.slice(at + 1, at + 1 + MAX_LISTED)) {
          if (FIELD.test(next.passage.text) || isBareLabel(next.passage.text) || next.place.section?.join('\u0000') !== section) break;
          listed.push(atPlace(next));
        }
        if (listed.length) fields.push({ label, passages: listed, docId, list: true });
        return;
      }
      const label = FIELD.exec(passage.text)?.[1];
      if (label) fields.push({ label, passages: [atPlace(order[at]!)], docId, list: false });
    });
  }
  return fields;
});

/** The fields a question asks for: a place or time field of the documents it names, or the list under a label it names asking which. */
function fieldsAsked(services: Services, analysis: QueryAnalysis): Field[] {
  const { question } = analysis;
  const fields = fieldsOf(services.library);
  const kinds = KINDS.filter((kind) => kind.asks.test(question));
  const named = new Set(analysis.docIds);
  const ofKind = named.size ? fields.filter((f) => !f.list && named.has(f.docId) && kinds.some((kind) => kind.labels.test(f.label))) : [];
  const listed = ASKS_WHICH.test(question) ? fields.filter((f) => f.list && question.includes(f.label)) : [];
  return [...ofKind, ...listed];
}

/** Each document's one-line fields (labelled sentences), in order, by document, with its place among them (once per library). */
const lineFieldsByDocument = memoized((library: Library): Map<string, { order: number; fields: Field[] }> => {
  const byDocument = new Map<string, { order: number; fields: Field[] }>();
  for (const field of fieldsOf(library)) {
    if (field.list) continue;
    const known = byDocument.get(field.docId) ?? { order: byDocument.size, fields: [] };
    byDocument.set(field.docId, known);
    known.fields.push(field);
  }
  return byDocument;
});

/**
 * The place or time fields of the documents `docIds` (in the library's order) when a question asks
 * where or when: they share no word with it (会议在哪里举行: 地点：杭州市西湖区…), so they are brought
 * in to compete (ranked-search.ts), weighed by the kind asked (question-intent.ts), not put first:
 * another word of the question (潮汐神殿在哪里) says which sentence is meant. Only of the documents
 * given (those of the question's best matches): every document's were as many candidates as the
 * corpus has documents with such fields (200 minutes: 会议什么时候开 1.4 → 12 ms).
 */
export function fieldsOfKindAsked(services: Services, question: string, docIds: ReadonlySet<string>): Passage[] {
  const kinds = KINDS.filter((kind) => kind.asks.test(question));
  if (!kinds.length || !docIds.size) return [];
  const byDocument = lineFieldsByDocument(services.library);
  return [...docIds]
    .flatMap((id) => byDocument.get(id) ?? [])
    .sort((a, b) => a.order - b.order)
    .flatMap(({ fields }) => fields)
    .filter((f) => kinds.some((kind) => kind.labels.test(f.label)))
    .flatMap((f) => f.passages);
}

/** `ranked` with the fields a question asks for first (brought in when ranking had left them out). */
export function fieldsFirst(services: Services, analysis: QueryAnalysis, ranked: readonly RankedPassage[]): RankedPassage[] {
  const asked = fieldsAsked(services, analysis).flatMap((f) => f.passages);
  if (!asked.length) return [...ranked];
  const first = new Set(asked.map((p) => p.id));
  const listed = new Map(ranked.map((r) => [r.passage.id, r]));
  const score = ranked[0]?.score ?? 1;
  const brought = [...new Map(asked.map((p) => [p.id, listed.get(p.id) ?? { passage: p, score, terms: [] }])).values()];
  return [...brought, ...ranked.filter((r) => !first.has(r.passage.id))];
}
