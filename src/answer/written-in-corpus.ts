import type { Library } from '../core/library.js';

/**
 * Whether some sentence writes `text` (folded Simplified, as sentences are matched): a scan of
 * every sentence, for the rare answers that ask it (a day with no entry, a name that is no country).
 */
export function someSentenceWrites(library: Library, text: string): boolean {
  return library.allPassages.some((passage) => library.matchText(passage).includes(text));
}
