import type { Library } from '../core/library.js';

// Each passage's retrieval unit as one fixed-size record in a single typed array: the unit's key
// and the passage numbers of its text, sorted. /search sums the units of its 150 candidates
// (unit-scores.ts); at 100× the corpus the candidates are scattered, and reaching a unit's text
// through the library (a closure, an entry table, an Int32Array per entry or a fresh array per
// window) missed the CPU's caches several times per candidate after other commands; so did
// separate arrays per field. A record is 32 bytes, read in one or two cache lines (2.4 MB at
// 100×). Built once per library from the library's own answers (unitKeysOfNumber,
// unitTextsOfNumber), so a unit's text is the same passages, in the order unit-scores.ts adds
// them; ~45 ms at 100×, right after ready (createEngine), so ready does not wait for them.

/** Int32 slots per passage: the unit's key, its text's length, then the text. */
export const RECORD = 8;
/** Passages of text a record holds at most (a window holds 3, the chronicle's entries up to 5). */
export const RECORD_TEXT = RECORD - 2;
/** key: the passage is in no unit (its best unit score is 0). */
export const NO_UNIT = -1;
/** key: the passage is in several units (a sentence repeated in entries) or a longer one: read through the library. */
export const READ_THROUGH_LIBRARY = -2;

export interface UnitSpans {
  /** Per passage number n, from RECORD·n: key (Library.unitKeysOfNumber's), text length, text (ascending, no number below 0). */
  records: Int32Array;
}

/** Writes a unit's text, ascending and without numbers below 0 (ids no passage has), at `at`; its length, or -1 when too long. */
function writeText(text: ArrayLike<number>, records: Int32Array, at: number): number {
  let length = 0;
  let ascending = true;
  for (let j = 0; j < text.length; j++) {
    const doc = text[j]!;
    if (doc < 0) continue;
    if (length === RECORD_TEXT) return -1;
    if (length > 0 && doc < records[at + length - 1]!) ascending = false;
    records[at + length++] = doc;
  }
  if (!ascending) records.subarray(at, at + length).sort();
  return length;
}

export function buildUnitSpans(library: Library, passageCount: number): UnitSpans {
  const records = new Int32Array(RECORD * passageCount);
  for (let n = 0; n < passageCount; n++) {
    const at = RECORD * n;
    const keys = library.unitKeysOfNumber(n);
    const length = keys.length === 1 ? writeText(library.unitTextsOfNumber(n)[0]!, records, at + 2) : -1;
    if (length < 0) {
      records[at] = keys.length === 0 ? NO_UNIT : READ_THROUGH_LIBRARY;
      continue;
    }
    records[at] = keys[0]!;
    records[at + 1] = length;
  }
  return { records };
}

const byLibrary = new WeakMap<Library, UnitSpans>();

/** The spans of a library's units, built on first use (createEngine builds them right after ready). */
export function unitSpansFor(library: Library, passageCount: number): UnitSpans {
  let spans = byLibrary.get(library);
  if (!spans) {
    spans = buildUnitSpans(library, passageCount);
    byLibrary.set(library, spans);
  }
  return spans;
}
