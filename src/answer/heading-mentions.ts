import { documentTitles } from '../core/document-titles.js';
import { docLabel, type Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import type { Services } from '../core/services.js';
import { bookTitle } from '../text/book-title.js';
import { foldWidthAndCase, toSimplified } from '../text/normalize.js';
import { symbolRuns } from '../text/symbols.js';
import { isBareLabel } from './bare-label.js';
import { type Locale, listed, say } from './locale.js';

// A document's title and its section headings name it; they are not sentences, so /search does
// not list them. A keyword written only there (沙尘暴 in 《北京遭遇强沙尘暴》) found nothing, and the
// user concluded the documents never mention it: say where it is written instead.

/** At most this many titles or headings are named. */
const NAMED = 3;

const fold = (text: string): string => toSimplified(foldWidthAndCase(text));

/** Every title and heading with its folded text and how it is named, in folder order (once per library). */
const namingTexts = memoized((library: Library) =>
  library.documents.flatMap((doc) => [
    ...documentTitles(doc).map((title) => ({ folded: fold(title), place: bookTitle(docLabel(doc.meta)) })),
    ...doc.sections.flatMap((section) => {
      const heading = section.path[section.path.length - 1];
      return heading ? [{ folded: fold(heading), place: `${bookTitle(docLabel(doc.meta))}的「${heading}」` }] : [];
    }),
  ]),
);

/** Whether a title or heading writes `folded` (a folded text). */
export function someHeadingWrites(services: Services, folded: string): boolean {
  return namingTexts(services.library).some((naming) => naming.folded.includes(folded));
}

/** For a search that found no sentence: the titles and headings writing its text, said; null when none does. */
export function headingMentions(services: Services, query: string, locale: Locale): string | null {
  const typed = fold(query.trim());
  // A single character is in too many headings to name, unless it is a symbol (a heading's emoji).
  if ([...typed].length < 2 && !symbolRuns(typed).length) return null;
  // Folded once per library: at 100× the corpus folding 1,800 titles and headings took ~8 ms a search that found nothing.
  const places = namingTexts(services.library)
    .filter(({ folded }) => folded.includes(typed))
    .map(({ place }) => place);
  const unique = [...new Set(places)];
  if (!unique.length) return null;
  const named =
    listed(locale, unique.slice(0, NAMED)) +
    (unique.length > NAMED ? say(locale, `等${unique.length}处`, ` and ${unique.length - NAMED} more`) : '');
  return say(
    locale,
    `“${query.trim()}”只写在标题或章节名中：${named}。标题和章节名不作为句子检索；/about 列出全部文档。`,
    `“${query.trim()}” is written only in titles or headings: ${named}. Titles and headings are not searched as sentences; /about lists every document.`,
  );
}

/**
 * For results that are only labels (步骤：, which head what follows and say nothing): where titles
 * and headings write the query, as for no result; null otherwise.
 */
export function labelsOnlyMentions(
  services: Services,
  query: string,
  results: readonly { passage: { text: string } }[],
  locale: Locale,
): string | null {
  // Read only up to the first result that is no label (the first, nearly always): /search lists
  // 150 at 100× the corpus, and reading each one's text missed the CPU's caches 150 times.
  return results.length && results.every((r) => isBareLabel(r.passage.text)) ? headingMentions(services, query, locale) : null;
}
