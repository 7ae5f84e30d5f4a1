// Recovers a white paper's section tree from its table of contents (目录), checked against the body.
//
// The TOC is one run of glued headings ("前言一中国抗击疫情的艰辛历程一第一阶段…结束语"). Numerals also
// occur inside headings ("一人的生命高于一切", "四亿中国人民…" where "14" was stripped), so a split is
// only accepted when every heading, in order, also stands in the body after the TOC, each at the
// start of a stretch of text (after a sentence end), as glued headings do.

import { chineseNumeral } from '../text/chinese-numerals.js';

/** Headings without a numeral, at the top level (Simplified and Traditional spellings). */
const UNNUMBERED = ['前言', '引言', '序言', '导言', '導言', '结束语', '結束語', '结语', '結語', '后记', '後記', '附录', '附錄'];
const TOC_MARKERS = ['目录', '目錄'];
/** Shortest heading text after a numeral. */
const MIN_HEADING_TEXT = 1;
/** Search steps allowed before giving up on a TOC that fits no split (keeps a bad file cheap). */
const SEARCH_BUDGET = 20_000;

export interface TocHeading {
  /** Path from the part down: ["一 中国抗击疫情的艰辛历程", "二 第二阶段初步遏制疫情蔓延势头"]. */
  path: string[];
  /** Where the glued heading (numeral included) stands in the body: [start, end). */
  bodyStart: number;
  bodyEnd: number;
}

export interface TocBounds {
  /** Index of the 目录 marker. */
  markerStart: number;
  /** The TOC text is body[tocStart, tocEnd); the body proper starts at tocEnd. */
  tocStart: number;
  tocEnd: number;
}

/**
 * A glued heading starts a new stretch of text: at the body start, after a sentence end or a line
 * break, or after a note reference stripped to "注" that follows a sentence end ("…。注一建立…").
 */
function startsStretch(body: string, at: number, bodyFrom: number): boolean {
  if (at === bodyFrom) return true;
  const before = body.slice(Math.max(bodyFrom, at - 2), at);
  return /(?:[。！？!?\n]|[。！？!?]注)$/u.test(before);
}

/** First place at or after `from` where the heading stands at the start of a stretch, or -1. */
function locate(body: string, heading: string, from: number, bodyFrom: number): number {
  for (let at = body.indexOf(heading, from); at >= 0; at = body.indexOf(heading, at + 1)) {
    if (startsStretch(body, at, bodyFrom)) return at;
  }
  return -1;
}

function commonPrefixLength(text: string, a: number, b: number): number {
  let n = 0;
  while (b + n < text.length && text[a + n] === text[b + n]) n++;
  return n;
}

/**
 * Finds the TOC: it starts after 目录 and ends where the body repeats its first heading — the
 * position (before the first sentence end) that shares the longest prefix with the TOC start.
 */
export function findTocBounds(body: string): TocBounds | null {
  const found = TOC_MARKERS.map((m) => body.indexOf(m)).filter((i) => i >= 0);
  if (found.length === 0) return null;
  const markerStart = Math.min(...found);
  const tocStart = markerStart + 2;
  const afterToc = body.slice(tocStart).search(/[。！？!?]/u);
  const limit = afterToc < 0 ? body.length : tocStart + afterToc;
  let best = { at: -1, length: 1 };
  for (let j = tocStart + 1; j < limit; j++) {
    const length = commonPrefixLength(body, tocStart, j);
    if (length > best.length) best = { at: j, length };
  }
  return best.at < 0 ? null : { markerStart, tocStart, tocEnd: best.at };
}

interface State {
  pos: number;
  part: number;
  sub: number;
  /** A closing unnumbered heading (结束语) was met: no more parts. */
  closed: boolean;
  partLabel: string | null;
  bodyPos: number;
  /** Where the body proper starts (right after the TOC). */
  bodyFrom: number;
}

/** A heading that may start here: its numeral (part / sub) or its whole keyword (plain, e.g. 前言). */
type Step = { marker: string; level: 'part' | 'sub' | 'plain' };

/** Headings that may start at `pos` given what has been read so far. */
function stepsAt(toc: string, pos: number, s: State): Step[] {
  const steps: Step[] = [];
  for (const kw of UNNUMBERED) if (toc.startsWith(kw, pos)) steps.push({ marker: kw, level: 'plain' });
  if (s.closed) return steps;
  const nextPart = chineseNumeral(s.part + 1);
  if (toc.startsWith(nextPart, pos)) steps.push({ marker: nextPart, level: 'part' });
  const nextSub = chineseNumeral(s.sub + 1);
  if (s.part > 0 && toc.startsWith(nextSub, pos)) steps.push({ marker: nextSub, level: 'sub' });
  return steps;
}

function advance(s: State, step: Step, label: string, pos: number, bodyPos: number): State {
  if (step.level === 'plain') {
    return { ...s, pos, sub: 0, closed: s.closed || s.part > 0, partLabel: null, bodyPos };
  }
  if (step.level === 'part') return { ...s, pos, part: s.part + 1, sub: 0, closed: false, partLabel: label, bodyPos };
  return { ...s, pos, sub: s.sub + 1, bodyPos };
}

function pathOf(s: State, step: Step, label: string): string[] {
  return step.level === 'sub' && s.partLabel ? [s.partLabel, label] : [label];
}

/** Depth-first search for a split of the TOC whose headings all appear, in order, in the body. */
function search(toc: string, body: string, s: State, budget: { left: number }): TocHeading[] | null {
  if (s.pos === toc.length) return [];
  if (--budget.left < 0) return null;
  for (const step of stepsAt(toc, s.pos, s)) {
    if (step.level === 'plain') {
      const kw = step.marker;
      const at = locate(body, kw, s.bodyPos, s.bodyFrom);
      if (at < 0) continue;
      const next = advance(s, step, kw, s.pos + kw.length, at + kw.length);
      const rest = search(toc, body, next, budget);
      if (rest) return [{ path: [kw], bodyStart: at, bodyEnd: at + kw.length }, ...rest];
      continue;
    }
    const textStart = s.pos + step.marker.length;
    let at = s.bodyPos - 1;
    for (let end = textStart + MIN_HEADING_TEXT; end <= toc.length; end++) {
      const full = toc.slice(s.pos, end);
      // a longer heading's first place is never before the shorter one's: resume from there
      if (at < s.bodyPos || !body.startsWith(full, at)) at = locate(body, full, Math.max(at, s.bodyPos), s.bodyFrom);
      if (at < 0) break; // a longer heading cannot be found either (it would stand at the same place)
      const label = `${step.marker} ${toc.slice(textStart, end)}`;
      const next = advance(s, step, label, end, at + full.length);
      if (end < toc.length && stepsAt(toc, end, next).length === 0) continue;
      const rest = search(toc, body, next, budget);
      if (rest) return [{ path: pathOf(s, step, label), bodyStart: at, bodyEnd: at + full.length }, ...rest];
    }
  }
  return null;
}

/** Parses the TOC into headings located in the body (searched from `bodyFrom`), or null if no split fits. */
export function parseToc(toc: string, body: string, bodyFrom: number): TocHeading[] | null {
  const start: State = { pos: 0, part: 0, sub: 0, closed: false, partLabel: null, bodyPos: bodyFrom, bodyFrom };
  const headings = search(toc, body, start, { left: SEARCH_BUDGET });
  return headings && headings.length > 0 ? headings : null;
}
