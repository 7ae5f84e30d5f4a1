import type { Span } from '../core/types.js';
import { sameInNumber } from '../text/english-plural.js';
import { foldWidthAndCase, toSimplified } from '../text/normalize.js';
import { wholeNumberPattern } from '../text/number-spellings.js';
import { numeralDaySpans } from '../text/numeral-dates.js';
import { PROTECTED } from '../text/tokenizer.js';

// Spans of the query's terms inside a verbatim text, for bold/highlight. Matching is done on the
// folded Simplified form; those conversions map one character to one character, so offsets
// found there are offsets in the original (checked, and skipped if a text ever breaks that).

const HAS_DIGIT = /\d/;
/** A number as a term: digits, dotted parts or thousands commas (5, 2.4, 1.2.0, 3,000). */
const NUMBER = /^\d+(?:[.,]\d+)*$/;

/** Patterns of the numbers lit lately (a page's lines light the same few), built once each. */
const numberPatterns = new Map<string, RegExp>();
function wholeNumberIn(term: string): RegExp {
  let pattern = numberPatterns.get(term);
  if (!pattern) {
    if (numberPatterns.size >= 256) numberPatterns.clear();
    pattern = wholeNumberPattern(term, 'gu');
    numberPatterns.set(term, pattern);
  }
  return pattern;
}

/** Where the tokenizer starts a word of digits or Latin letters in a folded text (2.4ghz: at 2 and g; 120hz: 1 and h). */
function wordStarts(folded: string): Set<number> {
  return new Set([...folded.matchAll(PROTECTED)].map((m) => m.index));
}

/**
 * The distinct non-empty terms, longest first, equal lengths in their first order (as a stable
 * sort gives them). By insertion: a line has a handful of terms, and spreading, filtering and
 * sorting them cost more than finding them (~1 µs a line shown).
 */
function longestFirst(terms: Iterable<string>): string[] {
  const unique: string[] = [];
  for (const term of new Set(terms)) {
    if (term.length < 1) continue;
    let at = unique.length;
    while (at > 0 && unique[at - 1]!.length < term.length) at--;
    unique.splice(at, 0, term);
  }
  return unique;
}

export function highlightSpans(text: string, terms: Iterable<string>, given: string = toSimplified(foldWidthAndCase(text))): Span[] {
  const inPlace = given.length === text.length ? null : foldInPlace(text);
  const folded = inPlace ? inPlace.text : given;
  if (folded.length !== text.length) return [];
  const spans: [number, number][] = [];
  const unique = longestFirst(terms);
  // Single characters beside words light up too much of a Chinese sentence: only whole words and
  // numbers then. A query of single characters alone (/search 疫, /search a) has nothing else to show.
  const singlesShown = !unique.some((t) => t.length >= 2);
  let starts: Set<number> | null = null;
  for (const term of unique) {
    if (term.length < 2 && !singlesShown && !HAS_DIGIT.test(term)) continue;
    // A number is lit only where it stands whole, as a search of it finds it (keyword-test.ts):
    // the 3 of 3月18日 is not in 13日, the 4 of 2.4GHz is no 4; typed with a point, a version it
    // starts is lit whole (1.2 in v1.2.0); either spelling (the word 3000 is written 3,000).
    if (NUMBER.test(term)) {
      for (const m of folded.matchAll(wholeNumberIn(term))) spans.push([withVersionV(folded, m.index, m[0]), m.index + m[0].length]);
      continue;
    }
    // An English word only where a word starts and ends ("is" is not in "This", "cat" not in
    // "category"), or as the same word in the other number ("Refunds" for refund). A letter
    // searched alone (/search a) is shown wherever it stands, the only way to show why its
    // sentences were found.
    // A day typed in digits is lit where it is written in numerals too (十二月二十九日 for 12月29日).
    if (HAS_DIGIT.test(term)) spans.push(...numeralDaySpans(folded, term));
    const latin = isLatin(term[0]) && term.length >= 2;
    const toWordEnd = latin && term.length >= 3;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      let end = at + term.length;
      from = end;
      if (latin) {
        if (isLatin(folded[at - 1])) continue;
        // After digits, only a unit the tokenizer reads apart from its number (the hz of 120Hz,
        // which a search of hz finds), not the letters of a code (the hz of ab120hz, one word).
        if (isDigit(folded[at - 1])) {
          starts ??= wordStarts(folded);
          if (!starts.has(at)) continue;
        }
        // Past the term, the word goes on: lit whole only when it is the term in the other
        // number ("Refunds" for refund), else not at all ("cat" is not in "category").
        let wordEnd = end;
        while (isLatin(folded[wordEnd])) wordEnd++;
        if (wordEnd > end && !(toWordEnd && sameInNumber(folded.slice(at, wordEnd), term))) continue;
        end = wordEnd;
      }
      spans.push([at, end]);
    }
  }
  // The characters kept unfolded whose fold is a term: ㎡ for the word m2 a search of ㎡ looks for.
  for (const kept of inPlace?.kept ?? []) if (unique.includes(kept.folded)) spans.push([kept.at, kept.at + kept.length]);
  return mergeSpans(spans);
}

/**
 * The folded form, character by character, keeping a character whose fold has another length
 * (㈠ → (一), ㎡ → m2), and where each kept one stands with its fold: one such character used to
 * take every highlight off its sentence.
 */
function foldInPlace(text: string): { text: string; kept: { at: number; length: number; folded: string }[] } {
  let out = '';
  const kept: { at: number; length: number; folded: string }[] = [];
  for (const ch of text) {
    const folded = toSimplified(foldWidthAndCase(ch));
    if (folded.length !== ch.length) kept.push({ at: out.length, length: ch.length, folded });
    out += folded.length === ch.length ? folded : ch;
  }
  return { text: out, kept };
}

/** Where a number lit starts: at the v of a version written with one (v1.2.0, one word to the tokenizer). */
const withVersionV = (folded: string, at: number, number: string): number =>
  number.includes('.') && folded[at - 1] === 'v' && !isLatin(folded[at - 2]) && !isDigit(folded[at - 2]) ? at - 1 : at;

const isDigit = (character: string | undefined): boolean => character !== undefined && character >= '0' && character <= '9';
const isLatin = (character: string | undefined): boolean => character !== undefined && character >= 'a' && character <= 'z';

/**
 * Spans by start, the longer first at one start: an insertion sort, stable as Array.prototype.sort
 * is (so the same order), without its setup for the few spans of a sentence.
 */
function byStart(spans: readonly [number, number][]): [number, number][] {
  const sorted: [number, number][] = [];
  for (const span of spans) {
    let at = sorted.length;
    while (at > 0 && (sorted[at - 1]![0] > span[0] || (sorted[at - 1]![0] === span[0] && sorted[at - 1]![1] < span[1]))) at--;
    sorted.splice(at, 0, span);
  }
  return sorted;
}

export function mergeSpans(spans: [number, number][]): Span[] {
  const sorted = byStart(spans);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
