import type { Services } from '../core/services.js';
import { findDatesInText } from '../query/date-find.js';
import { sentencesWritingDays, writesYear, writingAnyDay } from './written-days.js';

// A /search phrase that is a day (12月29日, 2025年12月29日) is looked for as a day, not as the
// characters typed: written in numerals too (二〇二五年十二月二十九日, as judgments and official
// letters date themselves), and standing whole (1月3日 is not in 11月3日).

/**
 * The day a phrase is, whole (ISO), with whether it names its year; null when it is more or less
 * (12月29日会议, two days). The one reading of a day typed as a search: a phrase of it here, the
 * whole query in day-search.ts.
 */
export function wholeDayOf(services: Services, phrase: string): { day: string; yearTyped: boolean } | null {
  const mentions = findDatesInText(phrase, services.defaultYear);
  const only = mentions.length === 1 ? mentions[0] : undefined;
  if (only?.start !== 0 || only.end !== phrase.length) return null;
  return { day: only.date, yearTyped: writesYear(phrase) };
}

/** How a sentence's match text writes the day a phrase is, or null when the phrase is no day. */
export function dayPhraseTest(services: Services, phrase: string): ((matchText: string) => boolean) | null {
  const asked = wholeDayOf(services, phrase);
  return asked && writingAnyDay([asked.day], asked.yearTyped);
}

/** The numbers of the sentences writing the day a phrase is (see dayPhraseTest), or null when it is no day. */
export function sentencesWritingDayPhrase(services: Services, phrase: string): number[] | null {
  const asked = wholeDayOf(services, phrase);
  if (!asked) return null;
  const { numbers } = services.index;
  return sentencesWritingDays(services, [asked.day], asked.yearTyped).map((passage) => numbers.numberOf(passage.id));
}
