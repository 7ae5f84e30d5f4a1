import { describe, expect, it } from 'vitest';
import { DOCUMENTS_LISTED, listedDocuments } from '../../src/answer/document-list.js';
import { plainDocument } from '../support/corpus-stats.js';

// /about and a question about the documents as a whole name the documents one way: the same
// name for each, the same number named.

describe('listedDocuments', () => {
  it('given documents sharing a title, then each is named with its file; a title of its own is not', () => {
    const { listed, more } = listedDocuments([
      plainDocument('a', '协议', 'a.txt'),
      plainDocument('b', '协议', 'b.md'),
      plainDocument('c', '港口', 'c.txt'),
    ]);
    expect(listed.map((l) => l.name)).toEqual(['《协议》（a.txt）', '《协议》（b.md）', '《港口》']);
    expect(more).toBeLessThanOrEqual(0);
  });

  it('given more documents than are named, then the first are, and the rest counted', () => {
    const documents = Array.from({ length: DOCUMENTS_LISTED + 7 }, (_, n) => plainDocument(`d${n}`, `文档${n}`, `d${n}.txt`));
    const { listed, more } = listedDocuments(documents);
    expect(listed.map((l) => l.document.id)).toEqual(documents.slice(0, DOCUMENTS_LISTED).map((d) => d.id));
    expect(more).toBe(7);
  });
});
