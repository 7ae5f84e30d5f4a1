import type { Library } from '../core/library.js';
import { rememberedByKey } from '../core/memo.js';
import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { formatDateZh } from '../query/date-format.js';
import { withDigitDays } from '../text/numeral-dates.js';

// A day no chronicle entry stands under may still be written in running text (a news file's
// "2021年5月3日，…"). Found as written, 5月3日, but only where it stands whole: not inside 11月3日
// (a longer number), and not after another year written just before it (2019年5月3日) when the
// user named a year.

/** A day (ISO) as the documents write days: 5月3日. */
export const writtenDayForm = (day: string): string => formatDateZh(day, Number(day.slice(0, 4)));

const NUMBER_BEFORE = /[\d〇零一二三四五六七八九十]$/u;
const YEAR_BEFORE = /(\d{4})年$/u;

/** Whether folded text writes the day: `form` standing whole, under `year` when one is required. */
function writesDay(text: string, form: string, year: string | null): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text.slice(Math.max(0, at - 5), at);
    if (NUMBER_BEFORE.test(before)) continue;
    const written = YEAR_BEFORE.exec(before)?.[1];
    if (year === null || written === undefined || written === year) return true;
  }
  return false;
}

/**
 * The sentences writing any of `days` (ISO), each once, in corpus order. `yearTyped`: the user
 * wrote the year, so a sentence under another year does not count.
 */
export function sentencesWritingDays(services: Services, days: readonly string[], yearTyped: boolean): Passage[] {
  const { library, index } = services;
  return remembered(library, `${yearTyped}${days.join()}`, () => {
    // Only sentences holding a word that contains a day's form are read: the tokenizer keeps a
    // day written in digits whole (6月12日, 2021年6月12日), and reading every sentence cost ~50 ms
    // a question at 100× the corpus (~1 s the first time, folding each one's text).
    const forms = days.map(writtenDayForm);
    const terms = index.vocabulary().filter((term) => forms.some((form) => term.includes(form)));
    const holding = terms.length ? index.sentences({ words: terms, bigrams: [] }) : null;
    const writes = writingAnyDay(days, yearTyped);
    const numbers: number[] = [];
    for (let row = 0; row < (holding?.count ?? 0); row++) {
      const n = holding!.docs[row]!;
      if (writes(library.matchTextAt(n))) numbers.push(n);
    }
    return numbers.sort((a, b) => a - b).map((n) => index.numbers.passages[n]!);
  });
}

/**
 * Sentences writing days, per library and asked days (at 100× the corpus, finding them reads
 * 76,000 sentences): questions naming days come back to the same few (a page turn asks again).
 */
const remembered = rememberedByKey<Library, Passage[]>(64);

/**
 * Whether folded text writes one of `days` (ISO) whole (see sentencesWritingDays). The days' forms
 * are written once, not per sentence: at 100× the corpus, 10 days asked cost 1 s that way.
 */
export function writingAnyDay(days: readonly string[], yearTyped: boolean): (text: string) => boolean {
  const wanted = days.map((day) => ({ form: writtenDayForm(day), year: yearTyped ? day.slice(0, 4) : null }));
  // A day in numerals (二〇二五年十二月二十九日) is read as its digits write it.
  return (written) => {
    const text = withDigitDays(written);
    return wanted.some(({ form, year }) => writesDay(text, form, year));
  };
}

/** Whether some sentence writes the day (see sentencesWritingDays, whose answer it shares). */
export function someSentenceWritesDay(services: Services, day: string, yearTyped: boolean): boolean {
  return sentencesWritingDays(services, [day], yearTyped).length > 0;
}

/** Whether a query writes a year (2021年, May 3, 2021, 2021-05-03). */
export const writesYear = (query: string): boolean => /(?<!\d)(?:1\d|20)\d\d(?!\d)/u.test(query);
