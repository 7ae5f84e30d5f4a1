import type { Answer, AnswerItem, Offer, Timeline } from '../core/types.js';

// The JSON Lines contract (README "JSON mode"): one object per input line. Other tools rely on
// these field names; add fields, never rename or remove them.

/** An item as written: the answer's item, with its spans as plain pairs. */
export type JsonItem = Omit<AnswerItem, 'highlights'> & { highlights: [number, number][] };

export type JsonAnswer =
  | {
      command: string;
      query: string;
      total: number;
      items: JsonItem[];
      message: string | null;
      suggestions: string[];
      page: number;
      pageSize: number;
      groups: { label: string; count: number }[];
      /** Only on /country and /date months and ranges: a bar per day of the chronicle. */
      timeline?: Timeline;
      /** Only when more sentences hold a /search's keywords than it lists (its best 150): how many do. */
      matched?: number;
      /** Only when some suggestions run a command: each such suggestion's label, with the command it runs. */
      offers?: Offer[];
    }
  | { command: string; query: string; error: { code: string; message: string }; suggestions: string[]; offers?: Offer[] };

/** Added (fields are only ever added): the command each runnable suggestion runs, beside its label. */
const offersOf = (answer: Answer): { offers?: Offer[] } => (answer.offers?.length ? { offers: answer.offers } : {});

export function toJsonAnswer(answer: Answer): JsonAnswer {
  if (answer.error)
    return {
      command: answer.command,
      query: answer.query,
      error: { code: answer.error.code, message: answer.error.message },
      // Added (fields are only ever added): close country names, valid dates, the command meant.
      suggestions: answer.suggestions,
      ...offersOf(answer),
    };
  return {
    command: answer.command,
    query: answer.query,
    total: answer.total,
    items: answer.items.map((i) => ({
      id: i.id,
      doc: i.doc,
      title: i.title,
      citation: i.citation,
      date: i.date,
      section: i.section,
      text: i.text,
      score: i.score,
      highlights: i.highlights.map(([s, e]) => [s, e] as [number, number]),
      group: i.group,
      places: i.places,
      // Added for /ask and /search (fields are only ever added): what the sentence belongs to.
      ...(i.event !== undefined ? { event: i.event, eventId: i.eventId ?? null } : {}),
    })),
    message: answer.message,
    suggestions: answer.suggestions,
    page: answer.page,
    pageSize: answer.pageSize,
    groups: answer.groups ?? [],
    ...(answer.timeline ? { timeline: answer.timeline } : {}),
    ...(answer.matched !== undefined ? { matched: answer.matched } : {}),
    ...offersOf(answer),
  };
}

export function toJsonLine(answer: Answer): string {
  return JSON.stringify(toJsonAnswer(answer));
}
