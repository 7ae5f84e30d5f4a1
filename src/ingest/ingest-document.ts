// One document's text → passages, dispatching on its kind (one file per format).
import type { DocumentMeta, IngestedDocument } from '../core/types.js';
import { ingestChronicle } from './chronicle.js';
import { normalizeRaw } from './normalize-raw.js';
import { ingestPlain } from './plain.js';
import { ingestWhitepaper } from './whitepaper.js';

export function ingestDocument(meta: DocumentMeta, raw: string): IngestedDocument {
  const text = normalizeRaw(raw);
  switch (meta.kind) {
    case 'chronicle':
      return ingestChronicle(meta, text);
    case 'whitepaper':
      return ingestWhitepaper(meta, text);
    case 'plain':
      return ingestPlain(meta, text);
  }
}
