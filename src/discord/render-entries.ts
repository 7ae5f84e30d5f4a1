import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type Locale, say } from '../answer/locale.js';
import type { Fits } from '../answer/pack-pages.js';
import type { Answer, AnswerItem } from '../core/types.js';
import { eachGrapheme } from '../text/graphemes.js';
import { answerFrame, citationLine, DESCRIPTION_MAX, type Frame, fieldName } from './answer-frame.js';
import { escapeMarkdown } from './escape-markdown.js';
import { LIMITS } from './limits.js';
import type { CommandResult } from './reply.js';

// /date in one reply: every entry whole, one field each (a long entry continues in further fields,
// cut at sentence ends), fields spread over up to ten embeds. The packer asks `entriesFit` which
// days fit in one message, so only what cannot fit is paged.

/** Room kept for the footer: the longest, in English ("85 entries · page 1/9 · query too long for buttons: use the page option"). */
const FOOTER_RESERVE = 90;
const ENDS = new Set('。！？；!?;…');
const CLOSERS = new Set('"”’」』）)');

/** The text cut after each sentence end and the quotes or brackets closing it (a scan: a lookbehind re-read every run of closers, quadratic on 20,000 ”). */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!ENDS.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && (ENDS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    out.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Segments longer than this are cut first (at a character that always starts a grapheme): Intl.Segmenter slows with the length of what it is given. */
const SEGMENT_WINDOW = 2000;
const STARTS_GRAPHEME = /[\p{Script=Han}\p{P}\s]/u;

/** `text` in windows of at most SEGMENT_WINDOW units, each cut before a Han character, punctuation or space when one is near. */
function windowsOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > SEGMENT_WINDOW) {
    let cut = start + SEGMENT_WINDOW;
    let at = cut;
    while (at > cut - 200 && !STARTS_GRAPHEME.test(text[at] ?? '')) at--;
    if (at > cut - 200) cut = at;
    else if (/[\uDC00-\uDFFF]/u.test(text[cut] ?? '')) cut--;
    out.push(text.slice(start, cut));
    start = cut;
  }
  out.push(text.slice(start));
  return out;
}

/** The code points of `text` that fit in `units` UTF-16 units once escaped (for a grapheme too long to keep whole). */
function leadingCodePoints(text: string, units: number): string {
  let kept = '';
  for (const point of text) {
    if (escapeMarkdown(kept + point).length > units) break;
    kept += point;
  }
  return kept;
}

/**
 * A sentence longer than a field, escaped in pieces of at most `max` characters, cut between
 * graphemes (never inside a flag or an accented letter). Each piece is escaped whole, so a list
 * marker that starts a piece, and so a field, is escaped as a line start.
 */
function escapedPieces(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let raw = '';
  let length = 0;
  const flush = () => {
    if (raw) pieces.push(escapeMarkdown(raw));
    raw = '';
    length = 0;
  };
  // Lengths are added up as escaped one grapheme at a time, two kept spare for a list marker
  // escaped at a piece's start: escaping the whole piece at each grapheme was quadratic.
  for (const window of windowsOf(sentence)) {
    for (const grapheme of eachGrapheme(window)) {
      // One grapheme over a whole field (a letter under thousands of combining marks) keeps what fits.
      const kept = escapeMarkdown(grapheme).length > max - 2 ? leadingCodePoints(grapheme, Math.floor(max / 2)) : grapheme;
      const added = escapeMarkdown(kept).length;
      if (raw && length + added > max - 2) flush();
      raw += kept;
      length += added;
    }
  }
  flush();
  return pieces;
}

/** Escaped text in pieces of at most `max` characters, cut after sentences where possible. */
export function splitAtSentences(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current.length + piece.length <= max) current += piece;
    else {
      if (current) pieces.push(current);
      current = piece;
    }
  };
  for (const sentence of sentencesOf(text)) {
    const escaped = escapeMarkdown(sentence);
    if (escaped.length <= max) push(escaped);
    else for (const piece of escapedPieces(sentence, max)) push(piece); // one sentence longer than a field
  }
  if (current) pieces.push(current);
  return pieces;
}

/** An entry's citation line and its text cut to fit fields: the same at any rank. */
interface RenderedEntry {
  citation: string;
  pieces: string[];
}

function renderEntry(item: AnswerItem, locale: Locale): RenderedEntry {
  const citation = citationLine(item, locale);
  return { citation, pieces: splitAtSentences(item.text, LIMITS.embedFieldValue - citation.length - 1) };
}

function entryFields(
  items: readonly AnswerItem[],
  firstRank: number,
  locale: Locale = 'zh',
  render: (item: AnswerItem) => RenderedEntry = (item) => renderEntry(item, locale),
): APIEmbedField[] {
  return items.flatMap((item, i) => {
    const { citation, pieces } = render(item);
    const rank = firstRank + i;
    return pieces.map((piece, k) => ({
      name: k === 0 ? fieldName(item, rank, locale) : say(locale, `${rank}.（续）`, `${rank}. (continued)`),
      value: k === pieces.length - 1 ? `${piece}\n${citation}` : piece,
    }));
  });
}

function fieldsLength(fields: readonly APIEmbedField[]): number {
  return fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Whether these entries fit in one message beside the answer's title and note. */
export function entriesFit(answer: Answer, locale: Locale = 'zh'): Fits {
  const fixed = answer.query.length + 10 + DESCRIPTION_MAX + FOOTER_RESERVE;
  // Packing tries growing runs of entries (pack-pages.ts): each entry is rendered once, not once
  // per try (a day of 800 entries at 100× took 120 ms to pack).
  const rendered = new Map<AnswerItem, RenderedEntry>();
  const render = (item: AnswerItem): RenderedEntry => {
    let entry = rendered.get(item);
    if (!entry) {
      entry = renderEntry(item, locale);
      rendered.set(item, entry);
    }
    return entry;
  };
  return (items) => {
    const fields = entryFields(items, 1, locale, render);
    return fields.length <= LIMITS.embedFields * LIMITS.embedsPerMessage && fixed + fieldsLength(fields) <= LIMITS.embedTotal;
  };
}

function embeds(frame: Frame, fields: APIEmbedField[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  for (let i = 0; i === 0 || i < fields.length; i += LIMITS.embedFields)
    out.push({ color: frame.color, fields: fields.slice(i, i + LIMITS.embedFields) });
  const [first] = out;
  if (first) {
    first.title = frame.title;
    if (frame.description) first.description = frame.description;
    if (frame.image) first.image = frame.image;
  }
  const last = out[out.length - 1];
  if (last) last.footer = { text: frame.footer };
  return out;
}

/** An entry longer than a whole message (never in this corpus) loses its tail, and says where to read it. */
function withinMessage(frame: Frame, fields: APIEmbedField[], locale: Locale): APIEmbedField[] {
  const fixed = frame.title.length + (frame.description?.length ?? 0) + frame.footer.length;
  const cut = {
    name: '…',
    value: say(locale, '条目过长，其余部分请用“上下文”按钮查看。', 'The entry is too long: read the rest with its Context button.'),
  };
  const max = LIMITS.embedFields * LIMITS.embedsPerMessage;
  if (fields.length <= max && fixed + fieldsLength(fields) <= LIMITS.embedTotal) return fields;
  const kept = fields.slice(0, max - 1);
  while (kept.length > 0 && fixed + fieldsLength(kept) + cut.name.length + cut.value.length > LIMITS.embedTotal) kept.pop();
  return [...kept, cut];
}

export function renderEntries(answer: Answer, locale: Locale = 'zh'): CommandResult {
  const frame = answerFrame(answer, locale);
  const fields = withinMessage(frame, entryFields(answer.items, frame.firstRank, locale), locale);
  const reply = { embeds: embeds(frame, fields), components: frame.rows, files: frame.files, ephemeral: false };
  return { reply, hits: answer.total, outcome: 'ok' };
}
