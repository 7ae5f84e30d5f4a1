import { readingOrder } from '../core/reading-order.js';
import type { IngestedDocument } from '../core/types.js';

// A transcript writes each turn on a line opened by its timecode and speaker
// (`[00:02:30] 小满：回库是什么意思？`). Sentences are the index's unit, so a turn of several
// sentences is cut apart: its second sentence on is read, and cited, without who said it or when.
// The turns are found again in the document's order: a turn runs from its opening sentence to the
// next one's, within its section; a sentence wholly in brackets (a closing credits note
// `（本期后期：…）`) is no one's speech and ends it. A transcript without timecodes writes each
// speaker's name on a line of its own over the turn: those turns were read while ingesting.

/**
 * A turn's opening: tags an earlier line left (`[笑] `) aside, a timecode in brackets (`hh:mm:ss` or
 * `mm:ss`, seconds and an hour's minutes under 60: [99:60:59] is no time), a speaker's name and a colon.
 */
export const TURN_OPENING =
  /^\s*(?:[[【][^\]】\d]{1,8}[\]】]\s*)*[[【]((?:\d{1,2}:[0-5]\d|\d{1,2}):[0-5]\d)[\]】]\s*([^\s：:，,。！？!?[\]【】]{1,12})\s*[：:]/u;
/** A sentence that is only a bracketed note. */
const NOTE = /^\s*[（(【[][\s\S]*[）)】\]]\s*$/u;
/** A transcript has at least this many turns: one timecoded line in prose is a quotation, not a transcript. */
const MIN_TURNS = 3;

export interface Turn {
  /** The timecode as written (`00:02:30`); null for a turn under its speaker's name alone (`**何文涛：**`). */
  time: string | null;
  /** Seconds from the start of the recording (NaN without a timecode). */
  seconds: number;
  speaker: string;
  /** Index of its opening sentence in the document's reading order, and the index after its last. */
  start: number;
  end: number;
}

/** The timecode `hh:mm:ss` or `mm:ss` in seconds. */
export function timecodeSeconds(time: string): number {
  return time.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** A named turn's opening: its speaker's name and colon, which the turn's first sentence writes (何文涛： 是的。). */
const NAME_OPENING = /^[^：:]{1,40}[：:]\s*/u;

/** A turn's opening sentence without its timecode and speaker: what the speaker says. */
export const turnWords = (turn: Turn, text: string): string => text.replace(turn.time === null ? NAME_OPENING : TURN_OPENING, '');

/** `[time] name：` opening `text`, or null. */
export function turnOpening(text: string): { time: string; speaker: string } | null {
  const match = TURN_OPENING.exec(text);
  return match ? { time: match[1]!, speaker: match[2]! } : null;
}

const turnsByDoc = new WeakMap<IngestedDocument, readonly Turn[]>();

/** The document's speaker turns in order; none unless it is a transcript. */
export function speakerTurns(doc: IngestedDocument): readonly Turn[] {
  const known = turnsByDoc.get(doc);
  if (known) return known;
  const found = doc.turns?.length ? namedTurns(doc) : timedTurns(doc);
  turnsByDoc.set(doc, found);
  return found;
}

/** The document's turns written under their speakers' names (ingest/speaker-lines.ts), each ended early by a bracketed note (（完）). */
function namedTurns(doc: IngestedDocument): Turn[] {
  const order = readingOrder(doc);
  const index = (position: number) => {
    const at = orderIndex(doc, position);
    return at < 0 ? order.length : at;
  };
  return (doc.turns ?? []).map(({ speaker, from, to }) => {
    const start = index(from);
    let end = Math.max(start + 1, index(to));
    const note = order.slice(start + 1, end).findIndex(({ passage }) => NOTE.test(passage.text));
    if (note >= 0) end = start + 1 + note;
    return { time: null, seconds: Number.NaN, speaker, start, end };
  });
}

/** A timecoded transcript's turns, found from the sentences opening them. */
function timedTurns(doc: IngestedDocument): Turn[] {
  const order = readingOrder(doc);
  const turns: Turn[] = [];
  let open: Turn | null = null;
  let section: string | undefined;
  for (const [i, { passage, place }] of order.entries()) {
    const here = place.section?.join('\u0000');
    const opening = turnOpening(passage.text);
    if (open && (opening || here !== section || NOTE.test(passage.text))) {
      open.end = i;
      open = null;
    }
    if (opening) {
      open = { ...opening, seconds: timecodeSeconds(opening.time), start: i, end: i + 1 };
      turns.push(open);
      section = here;
    }
  }
  if (open) open.end = order.length;
  return turns.length >= MIN_TURNS ? turns : [];
}

/** The turn holding the sentence at reading-order index `at`, or null. */
export function turnAt(doc: IngestedDocument, at: number): Turn | null {
  return speakerTurns(doc).find((turn) => turn.start <= at && at < turn.end) ?? null;
}

/** Reading-order index of the place at 1-based `position` (positions count every place in order). */
export function orderIndex(doc: IngestedDocument, position: number): number {
  const order = readingOrder(doc);
  return order[position - 1]?.place.position === position ? position - 1 : order.findIndex((s) => s.place.position === position);
}
