import type { Library } from '../core/library.js';

/**
 * Whether some sentence writes `text` (folded Simplified, as sentences are matched): a scan of
 * every sentence, for the rare answers that ask it (a day with no entry, a name that is no country).
 */
export function someSentenceWrites(library: Library, text: string): boolean {
  // By number: by passage each text was looked up by its id, a hash of 76,000 ids at 100× the corpus.
  for (let n = 0; n < library.passageCount; n++) if (library.matchTextAt(n).includes(text)) return true;
  return false;
}
