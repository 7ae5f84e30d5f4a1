// Splits Chinese (and mixed) text into verbatim sentences, the unit that is indexed and cited.
//
// Terminators are 。！？!? only. Not ；: a ；-clause shares its subject with the rest of the
// sentence ("一是…；二是…"), so alone it would cite as a fragment. Not ASCII '.' in general: in
// Chinese text it stands in numbers (2.5), abbreviations and URLs far more often than at a
// sentence end; only an English sentence's ". The" ends one (endsEnglishSentence).

import { endsEnglishSentence } from './english-sentence-end.js';
import { speechTagFollows } from './speech-tag.js';

// Sets of char codes: reading text[i] would allocate a string per CJK character.
const codes = (chars: string[]): Set<number> => new Set(chars.map((c) => c.charCodeAt(0)));

const TERMINATORS = codes(['。', '！', '？', '!', '?']);

/** Closers that belong to the sentence they follow (`。”`, `！）`), paired or not. */
const TRAILING_CLOSERS = codes(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '〉', '"', "'"]);

const PAIRS: ReadonlyMap<number, number> = new Map(
  ['《》', '“”', '‘’', '（）', '()', '「」', '『』', '【】', '〔〕', '〈〉'].map((p) => [p.charCodeAt(0), p.charCodeAt(1)]),
);

/** A bracket spanning more than this is taken as unbalanced, so one stray quote cannot swallow a page. */
const MAX_PROTECTED_SPAN = 500;
/** Characters that close a pair (" and ' close nothing: no opener is paired with them). */
const CLOSERS: ReadonlySet<number> = new Set(PAIRS.values());
/** Open brackets a closer looks back through for its opener. */
const MAX_OPEN_SEARCH = 64;

/** True when the text carries at least one letter or digit (otherwise it is punctuation or space). */
function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * For every gap between characters (index g = before text[g]), how many matched bracket pairs
 * enclose it. Unmatched openers and closers are ignored.
 */
function bracketDepthAtGaps(text: string): Int32Array {
  const delta = new Int32Array(text.length + 2);
  const stack: { closer: number; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const closer = PAIRS.get(ch);
    if (closer !== undefined) {
      stack.push({ closer, at: i });
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    // The nearest opener it closes, among the last few: a file of 50,000 unmatched "(" made every
    // closer scan them all (quadratic: minutes for 1 MB).
    let k = stack.length - 1;
    while (k >= 0 && k >= stack.length - MAX_OPEN_SEARCH && stack[k]?.closer !== ch) k--;
    if (k < 0 || stack[k]?.closer !== ch) continue;
    const open = stack[k]?.at ?? i;
    stack.length = k;
    if (i - open > MAX_PROTECTED_SPAN) continue;
    // gaps open+1 … i lie inside the pair
    delta[open + 1] = (delta[open + 1] ?? 0) + 1;
    delta[i + 1] = (delta[i + 1] ?? 0) - 1;
  }
  const depth = new Int32Array(text.length + 1);
  let running = 0;
  for (let g = 0; g <= text.length; g++) {
    running += delta[g] ?? 0;
    depth[g] = running;
  }
  return depth;
}

function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Trims whitespace off a [start, end) range of text. */
function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * An ASCII ? or ! that ends nothing: inside a word or a link ("a.b?c=1", "!rating", "Yahoo!Japan"),
 * or followed by a lowercase English word that goes on with the sentence ("Great game!" he said).
 */
function continuesEnglish(text: string, runEnd: number, end: number): boolean {
  const mark = text.charCodeAt(runEnd - 1);
  if (mark !== 0x3f && mark !== 0x21) return false;
  // Only in English text: after Chinese (严重吗?WHO表示…) the mark ends the sentence, typed half-width or not.
  if (text.charCodeAt(runEnd - 2) >= 0x80) return false;
  if (/[A-Za-z0-9=&_/%]/u.test(text[runEnd] ?? '')) return true;
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k > end && /[a-z]/u.test(text[k] ?? '');
}

/**
 * Raw cut points: after each terminator run plus its trailing closers, when outside brackets and
 * not between a quotation and its speech tag.
 */
function cutRanges(text: string): [number, number][] {
  const depth = bracketDepthAtGaps(text);
  const ranges: [number, number][] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text.charCodeAt(i)) && !endsEnglishSentence(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && TERMINATORS.has(text.charCodeAt(j))) j++;
    const runEnd = j;
    while (j < text.length && TRAILING_CLOSERS.has(text.charCodeAt(j))) j++;
    if (continuesEnglish(text, runEnd, j)) {
      i = j;
      continue;
    }
    if ((depth[j] ?? 0) === 0 && !speechTagFollows(text, start, j, depth)) {
      ranges.push([start, j]);
      start = j;
    }
    i = j;
  }
  ranges.push([start, text.length]);
  return ranges.map(([s, e]) => trimRange(text, s, e)).filter(([s, e]) => e > s);
}

/** A short remark in brackets, alone: a transcript's [笑] or （掌声）. */
const ASIDE = /^[[【〔(（][^\]】〕)）。！？]{1,6}[\]】〕)）]$/u;

/** Folds pieces without letters or digits into their neighbour (previous, or next when first). */
function mergeLeftovers(ranges: [number, number][], text: string): [number, number][] {
  const merged: [number, number][] = [];
  let pendingStart: number | null = null;
  for (const [s, e] of ranges) {
    const start: number = pendingStart ?? s;
    const last = merged[merged.length - 1];
    // A bracketed aside closing a line ([笑], （掌声）) is the sentence's before it, not a sentence.
    if (!hasContent(text.slice(s, e)) || (last && ASIDE.test(text.slice(s, e)))) {
      if (last) last[1] = e;
      else pendingStart = start;
      continue;
    }
    merged.push([start, e]);
    pendingStart = null;
  }
  if (pendingStart !== null) {
    const last = ranges[ranges.length - 1];
    if (last) merged.push([pendingStart, last[1]]);
  }
  return merged;
}

/**
 * Splits text into sentences, verbatim: joining them gives the input minus the whitespace between
 * sentences. Never returns an empty sentence or one made only of punctuation (unless the whole
 * input is punctuation); never cuts inside matched 《》“”（）() 「」 brackets.
 */
export function splitSentences(text: string): string[] {
  return mergeLeftovers(cutRanges(text), text)
    .flatMap(([s, e]) => (e - s > MAX_SENTENCE ? capRange(text, s, e) : [[s, e] as [number, number]]))
    .map(([s, e]) => text.slice(s, e));
}

/**
 * Longest sentence kept whole, in UTF-16 units (the corpus's longest is 385). Text without
 * terminators (a 1 MB line of a pasted table, a transcript) was one "sentence" that every query
 * returned and every answer printed whole; it is cut into pieces of this size instead.
 */
export const MAX_SENTENCE = 1000;

/** Clause marks a long run is cut after, when one falls in the piece's second half. */
const CLAUSE_ENDS = codes(['，', '；', '、', '：', ',', ';', ':', ' ', '\n']);

/**
 * Whether a word ends before text[at]: after the particle 的 or 了, not where they begin a word
 * (的确, 的士, 了解, 了结). Conjunctions (和, 并, 及) begin words too often to say (和平, 并且, 及时).
 */
const CONJUNCTIONS = codes(['和', '与', '及', '或']);

function endsWordAt(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at] ?? '';
  return (before === '的' && !'确士'.includes(after)) || (before === '了' && !'解结'.includes(after));
}

const ZWJ = 0x200d;

/** A code unit that belongs to the character before it: a low surrogate, a combining accent, a joiner, a variation selector. */
function joinsPrevious(code: number): boolean {
  return (code >= 0xdc00 && code <= 0xdfff) || (code >= 0x300 && code <= 0x36f) || code === ZWJ || code === 0xfe0f;
}

/** [s, e) in pieces of at most MAX_SENTENCE, cut after a clause mark when there is one, never inside a character. */
function capRange(text: string, s: number, e: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = s;
  while (e - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const half = start + MAX_SENTENCE / 2;
    let at = cut;
    while (at > half && !CLAUSE_ENDS.has(text.charCodeAt(at - 1))) at--;
    if (at > half) cut = at;
    else {
      // No clause mark: after a particle or conjunction, which ends a word (…活动中的|表现…), not
      // inside one (…活动中的表|现…, where a phrase across the cut could not be found).
      at = start + MAX_SENTENCE;
      while (at > half && !endsWordAt(text, at)) at--;
      // Else after a conjunction, which ends a word more often than not (…中国和|意大利…).
      if (at <= half) for (at = start + MAX_SENTENCE; at > half && !CONJUNCTIONS.has(text.charCodeAt(at - 1)); ) at--;
      if (at > half) cut = at;
    }
    // Not between a surrogate pair or before a combining mark or joiner.
    // Back off a little to a character boundary; a run of marks longer than that (no text has one) is cut where it is.
    let safe = cut;
    while (safe > cut - 16 && safe > start + 1 && (joinsPrevious(text.charCodeAt(safe)) || text.charCodeAt(safe - 1) === ZWJ)) safe--;
    if (!joinsPrevious(text.charCodeAt(safe)) && text.charCodeAt(safe - 1) !== ZWJ) cut = safe;
    else if (text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff) cut--; // never half a surrogate pair
    const [ps, pe] = trimRange(text, start, cut);
    if (pe > ps) pieces.push([ps, pe]);
    start = cut;
  }
  const [ps, pe] = trimRange(text, start, e);
  if (pe > ps) pieces.push([ps, pe]);
  return pieces;
}

/** True when the text ends a sentence (a terminator, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  let i = text.trimEnd().length - 1;
  while (i >= 0 && TRAILING_CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && TERMINATORS.has(text.charCodeAt(i));
}
