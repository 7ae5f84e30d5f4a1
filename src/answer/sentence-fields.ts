import type { Services } from '../core/services.js';
import { type HeadingDaysNamed, headingDaysNote, headingsIn, headingWordsOut } from './heading-field.js';
import type { Locale } from './locale.js';
import type { RankMode } from './rank-mode.js';
import { type SpeakersNamed, speakerNamesOut, speakersIn, speakersNote } from './speaker-field.js';

// What a query names as a field of sentences that no sentence writes: a speaker, whose own words
// hold the name (speaker-field.ts), and, in /search, a diary day's heading remark, held by the
// day's sentences (heading-field.ts). Found once a query, then ranked by, noted and left out of the
// keywords no result holds.

/** The fields a query names: the speakers, and in /search the day headings (null when none). */
export interface FieldsNamed {
  speakers: SpeakersNamed | null;
  days: HeadingDaysNamed | null;
}

export const fieldsIn = (services: Services, query: string, mode: RankMode): FieldsNamed => ({
  speakers: speakersIn(services, query),
  days: mode === 'search' ? headingsIn(services, query) : null,
});

/** The sentences holding what a query names as a field of theirs; null when it names none. */
export function fieldsNamed(services: Services, query: string, mode: RankMode): ReadonlySet<number> | null {
  const { speakers, days } = fieldsIn(services, query, mode);
  const spoken = speakers?.numbers ?? null;
  if (!days) return spoken;
  const dayNumbers = days.headings.flatMap(({ numbers }) => numbers);
  return new Set(spoken ? [...spoken, ...dayNumbers] : dayNumbers);
}

/** For /search: the notes saying that the results hold what the fields name, unlit. */
export const fieldNotes = ({ speakers, days }: FieldsNamed, locale: Locale): (string | null)[] => [
  speakers && speakersNote(speakers, locale),
  days && headingDaysNote(days, locale),
];

/**
 * A /search query without the words naming fields: their sentences hold them without writing them,
 * so none is "held by no result". `named`: the query's fields, when found already.
 */
export function fieldWordsOut(services: Services, query: string, named?: FieldsNamed): string {
  const speakers = named ? named.speakers : speakersIn(services, query);
  const rest = speakers ? speakerNamesOut(query, speakers) : query;
  // Read again without the names when the query had some: a heading's word may be typed against one (王阿姨晴).
  const days = named && !speakers ? named.days : headingsIn(services, rest);
  return days ? headingWordsOut(rest, days) : rest;
}
