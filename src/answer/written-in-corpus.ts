import type { Library } from '../core/library.js';
import { rememberedByKey } from '../core/memo.js';

// Which sentences write a text (folded Simplified, as sentences are matched), found by reading
// every sentence: for the rare answers that ask it (a /search the index finds nothing for, a name
// that is no country, a typo to correct). A search that finds nothing asks twice for the same text
// (its substring fallback, then whether the keyword is written at all, to correct it), and at 100×
// the corpus each reading takes ~8 ms: the last few texts' answers are remembered.

/** Texts whose sentences are remembered, per library; more, and the memory starts afresh. */
const REMEMBERED_TEXTS = 64;
/**
 * Sentences a remembered text may have: 64 texts then hold at most ~2.5 MB. A text most sentences
 * write (疫, at 100× the corpus 40,000 of them) is read again instead: ~10 ms.
 */
const REMEMBERED_AT_MOST = 5000;

const remembered = rememberedByKey<Library, readonly number[]>(REMEMBERED_TEXTS, (numbers) => numbers.length <= REMEMBERED_AT_MOST);

/** The numbers (matchTextAt's) of the sentences whose match text holds `text`, ascending. */
export function sentencesWriting(library: Library, text: string): readonly number[] {
  return remembered(library, text, () => {
    const numbers: number[] = [];
    // By number: by passage, each text was looked up by its id (76,000 at 100× the corpus).
    for (let n = 0; n < library.passageCount; n++) if (library.matchTextAt(n).includes(text)) numbers.push(n);
    return numbers;
  });
}

/** Whether some sentence writes `text`. */
export function someSentenceWrites(library: Library, text: string): boolean {
  const known = remembered.known(library, text);
  if (known) return known.length > 0;
  // Read only until the first: a text most sentences write (疫) is never remembered, and reading
  // all of its 40,000 sentences at 100× the corpus took ~10 ms to say yes.
  for (let n = 0; n < library.passageCount; n++) if (library.matchTextAt(n).includes(text)) return true;
  return false;
}
