import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Passage } from '../core/types.js';
import { isReferencesHeading, REFERENCE_LINE } from '../ingest/reference-list.js';

// A paper's citation marks ([8], [2][3]) and the references they call (参考文献's `[8] Morrow O. …`,
// reference-list.ts). A reader of a sentence citing [8] could not see what [8] was, and a question
// naming 文献[8] ranked the 中图分类号 line and the page header over the reference.

/** A citation mark in a sentence or a question: [8], ［8］. */
const MARK = /[[［](\d{1,3})[\]］]/gu;

/** Each document's references by their number, once per library. */
const referencesOf = memoized((library: Library) => {
  const byDoc = new Map<string, Map<number, Passage>>();
  for (const doc of library.documents)
    for (const section of doc.sections) {
      if (!isReferencesHeading(section.path[section.path.length - 1] ?? '')) continue;
      const numbered = byDoc.get(doc.meta.id) ?? new Map<number, Passage>();
      for (const id of section.passageIds) {
        const passage = library.passage(id);
        const n = passage ? REFERENCE_LINE.exec(passage.text)?.[1] : undefined;
        if (passage && n !== undefined && !numbered.has(Number(n))) numbered.set(Number(n), passage);
      }
      if (numbered.size) byDoc.set(doc.meta.id, numbered);
    }
  return byDoc;
});

const marksIn = (text: string): number[] => [...new Set([...text.matchAll(MARK)].map((m) => Number(m[1])))];

/** The references a sentence's marks call, in its document (none for a reference itself). */
export function referencesCalled(library: Library, passage: Passage): Passage[] {
  const references = referencesOf(library).get(passage.docId);
  if (!references || REFERENCE_LINE.test(passage.text)) return [];
  return marksIn(passage.text).flatMap((n) => references.get(n) ?? []);
}

/**
 * For a question naming a reference by its mark (参考文献[8]是什么, 文献[9]讲的是哪个国家): that
 * reference first, in every document listing one so numbered, then the sentences citing it, then the rest.
 */
export function referencesFirst<T extends { passage: Passage; score: number; terms: string[] }>(
  library: Library,
  question: string,
  ranked: readonly T[],
): readonly (T | { passage: Passage; score: number; terms: string[] })[] {
  const marks = marksIn(question);
  if (!marks.length) return ranked;
  const asked = [...referencesOf(library).values()].flatMap((references) => marks.flatMap((n) => references.get(n) ?? []));
  if (!asked.length) return ranked;
  const top = ranked[0]?.score ?? 1;
  const wanted = new Set(asked.map((p) => p.id));
  const citing = [...new Set(asked.map((p) => p.docId))].flatMap((docId) =>
    (library.doc(docId)?.passages ?? []).filter((p) => referencesCalled(library, p).some((called) => wanted.has(called.id))),
  );
  const first = [...asked, ...citing];
  const placed = new Set(first.map((p) => p.id));
  const listed = first.map((passage) => ranked.find((r) => r.passage.id === passage.id) ?? { passage, score: top, terms: [] });
  return [...listed, ...ranked.filter((r) => !placed.has(r.passage.id))];
}
