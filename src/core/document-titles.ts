import type { IngestedDocument } from './types.js';

/**
 * The titles a document is named by: its title, and the title its opening `#` heading gives when
 * that differs (plain.ts). A word written only there is still the document's: a question naming
 * it finds the document, and /search says where it is written.
 */
export function documentTitles(doc: IngestedDocument): string[] {
  return doc.titleHeading ? [doc.meta.title, doc.titleHeading] : [doc.meta.title];
}
