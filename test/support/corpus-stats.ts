import type { CorpusStats } from '../../src/core/types.js';

// Corpus stats as the engine reports them, for tests of what /about renders from them.

type DocumentStats = CorpusStats['documents'][number];

/** A plain document of one sentence read from `file`. */
export const plainDocument = (id: string, title: string, file: string): DocumentStats => ({
  id,
  title,
  file,
  kind: 'plain',
  passages: 1,
  sentences: 1,
  entries: 0,
  digitsStripped: false,
});

/** Stats of these documents, the index just loaded from its saved file. */
export const statsOf = (documents: DocumentStats[], skipped: string[] = []): CorpusStats => ({
  documents,
  passages: documents.reduce((n, d) => n + d.passages, 0),
  sentences: documents.reduce((n, d) => n + d.sentences, 0),
  entries: documents.reduce((n, d) => n + d.entries, 0),
  indexBuiltAt: '2026-12-01T08:00:00.000Z',
  indexFromCache: true,
  version: '0.1.0',
  skipped,
});
