import type { Span } from '../core/types.js';
import { sameInNumber } from '../text/english-plural.js';
import { foldWidthAndCase, toSimplified } from '../text/normalize.js';
import { numberSpellings } from '../text/number-spellings.js';

// Spans of the query's terms inside a verbatim text, for bold/highlight. Matching is done on the
// folded Simplified form; those conversions map one character to one character, so offsets
// found there are offsets in the original (checked, and skipped if a text ever breaks that).

const HAS_DIGIT = /\d/;
const ALL_DIGITS = /^\d+$/;

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
  for (const term of unique) {
    if (term.length < 2 && !singlesShown && !HAS_DIGIT.test(term)) continue;
    // A number is highlighted only where it stands whole: the 3 of 3月18日 is not in 13日.
    const numeric = ALL_DIGITS.test(term);
    // An English word only where a word starts and ends ("is" is not in "This", "cat" not in
    // "category"), or as the same word in the other number ("Refunds" for refund). A letter
    // searched alone (/search a) is shown wherever it stands, the only way to show why its
    // sentences were found.
    const latin = isLatin(term[0]) && term.length >= 2;
    const toWordEnd = latin && term.length >= 3;
    // A number in either spelling: the word 3000 is written 3,000 (number-spellings.ts).
    for (const spelling of numeric ? numberSpellings(term) : [term]) {
      let from = 0;
      for (;;) {
        const at = folded.indexOf(spelling, from);
        if (at < 0) break;
        let end = at + spelling.length;
        from = end;
        if (numeric && (isDigit(folded[at - 1]) || isDigit(folded[end]))) continue;
        if (latin) {
          if (isLatin(folded[at - 1]) || isDigit(folded[at - 1])) continue;
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
