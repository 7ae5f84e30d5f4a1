import type { CorpusStats } from '../core/types.js';
import { bookTitle } from '../text/book-title.js';

// The documents as an answer names them, one way for every answer that lists them (/about, a
// question about the documents as a whole): the same name for each, and the same limit.

type Document = CorpusStats['documents'][number];

/** Documents (and files not loaded) an answer names: a server's folder of 3,000 files made an 89 KB message. */
export const DOCUMENTS_LISTED = 30;

/** Each document's name: its title, and its file beside a title other documents share. */
export function documentLabels(documents: readonly Document[]): (document: Document) => string {
  const titles = new Map<string, number>();
  for (const d of documents) titles.set(d.title, (titles.get(d.title) ?? 0) + 1);
  return (d) => ((titles.get(d.title) ?? 0) > 1 && d.file ? `${d.title}（${d.file}）` : d.title);
}

/** The first documents, each with its name in title marks (《协议》（a.txt）), and how many are left unnamed. */
export function listedDocuments(documents: readonly Document[]): { listed: { document: Document; name: string }[]; more: number } {
  const label = documentLabels(documents);
  const listed = documents
    .slice(0, DOCUMENTS_LISTED)
    .map((document) => ({ document, name: `${bookTitle(document.title)}${label(document).slice(document.title.length)}` }));
  return { listed, more: documents.length - DOCUMENTS_LISTED };
}
