import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { formatDateZh } from '../query/date-format.js';
import { sectionLabel } from './citation.js';

// /country's order: every chronicle's mentions by date (all chronicles' entries together), then
// documents with sections by section, then the rest, each in folder and document order, with the
// label each passage is grouped under.

const UNDATED = '日期不详';

interface DocumentTable {
  /** Where a document's passages go: every chronicle's 0 (its entries then go by date), others after, in folder order. */
  ranks: Map<string, number>;
  /** A document's place in the folder. */
  order: Map<string, number>;
  labels: Map<string, string>;
}

const documentTables = new WeakMap<object, DocumentTable>();

/**
 * Documents' ranks and group labels, once per library: at 100× a country is mentioned in ~2,000
 * sentences of 200 documents, and looking them up per passage (then per call) set /country's p99.
 * A document without sections is its own group, under its title; documents sharing a title are
 * told apart by their files, or their groups would merge under one heading.
 */
function documentTable(services: Services): DocumentTable {
  const { documents } = services.library;
  let table = documentTables.get(documents);
  if (table) return table;
  const titleCounts = new Map<string, number>();
  for (const d of documents) titleCounts.set(d.meta.title, (titleCounts.get(d.meta.title) ?? 0) + 1);
  table = {
    // Chronicles first, their entries together by date (a 2021 chronicle's after a 2020 one's,
    // whatever the files are called), then documents with sections, then the rest, each in folder order.
    ranks: new Map(
      documents.map((d, i) => [d.meta.id, d.meta.kind === 'chronicle' ? 0 : (d.sections.length ? 1 : 2) * documents.length + i]),
    ),
    order: new Map(documents.map((d, i) => [d.meta.id, i])),
    labels: new Map(
      documents.map((d) => [
        d.meta.id,
        (titleCounts.get(d.meta.title) ?? 0) > 1 && d.meta.file ? `${d.meta.title}（${d.meta.file}）` : d.meta.title,
      ]),
    ),
  };
  documentTables.set(documents, table);
  return table;
}

/** Passages in answer order, as indexes into them, with each passage's group label (by index). */
export interface Placed {
  passages: readonly Passage[];
  order: number[];
  labels: string[];
  groups: { label: string; count: number }[];
}

/**
 * Passages in answer order (document, then date: ISO, 0000 for undated entries, '' outside the
 * chronicle, then position) with their group labels; items are built only for the page shown.
 * Keys and labels sit in arrays by index: an object per passage was most of /country's young
 * garbage at 100×, and the scavenges it caused set its p99.
 */
export function groupedPassages(services: Services, passages: readonly Passage[]): Placed {
  const { ranks, order: docOrder, labels: docLabels } = documentTable(services);
  const n = passages.length;
  const docRank = new Int32Array(n);
  const docIndex = new Int32Array(n);
  const dateKey: string[] = new Array(n);
  const labels: string[] = new Array(n);
  const dateLabels = new Map<string, string>();
  // Passages of one section share its path array.
  const sectionLabels = new Map<readonly string[], string>();
  for (let i = 0; i < n; i++) {
    const passage = passages[i]!;
    const { date, section } = passage;
    docRank[i] = ranks.get(passage.docId) ?? -1;
    docIndex[i] = docOrder.get(passage.docId) ?? -1;
    dateKey[i] = date ?? (passage.entry !== null ? '0000' : '');
    let label: string | undefined;
    if (date) {
      label = dateLabels.get(date);
      if (label === undefined) {
        label = formatDateZh(date, services.defaultYear);
        dateLabels.set(date, label);
      }
    } else if (passage.entry !== null) label = UNDATED;
    else if (!section?.length) label = docLabels.get(passage.docId) ?? passage.docId;
    else {
      label = sectionLabels.get(section);
      if (label === undefined) {
        label = sectionLabel(section) ?? '';
        sectionLabels.set(section, label);
      }
    }
    labels[i] = label;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const da = dateKey[a]!;
    const db = dateKey[b]!;
    return (
      docRank[a]! - docRank[b]! ||
      (da < db ? -1 : da > db ? 1 : 0) ||
      docIndex[a]! - docIndex[b]! ||
      passages[a]!.ordinal - passages[b]!.ordinal
    );
  });
  const groups: { label: string; count: number }[] = [];
  for (const i of order) {
    const last = groups[groups.length - 1];
    if (last && last.label === labels[i]) last.count++;
    else groups.push({ label: labels[i]!, count: 1 });
  }
  return { passages, order, labels, groups };
}
