import type { PassageNumbers } from '../index/passage-numbers.js';
import { retrievalUnits } from '../index/units.js';
import { entryTable, SEVERAL_ENTRIES } from './entry-table.js';
import { once } from './lazy.js';
import type { Corpus, Entry } from './types.js';

// Which retrieval units (index/units.ts) a passage belongs to. Listing every unit up front meant
// a unit object, an id string and three arrays per sentence window: at 100× the corpus ~40 MB and
// most of a second of start-up. Windows are a sentence with its neighbours in a run of sentences,
// so they are answered from each passage's place in its run instead, and entries from the
// entries a passage appears in. The answers are those of the listing, in its order; a corpus
// where that could differ (a sentence in two runs, an entry naming another document's sentence)
// is listed in full as before.

export interface UnitLookup {
  unitsOf(passageId: string): string[];
  /** unitsOf the passage numbered `n` (PassageNumbers): a candidate's units without hashing its id. */
  unitsOfNumber(n: number): string[];
  /** The unitTextNumbers of each of unitsOfNumber(n), in its order: no unit id is looked up. */
  unitTextsOfNumber(n: number): ArrayLike<number>[];
  /**
   * unitsOfNumber(n) as numbers, in its order: one number per unit, for keeping a query's sums
   * per unit without making or hashing id strings (a window's id is built at every call).
   */
  unitKeysOfNumber(n: number): number[];
  unitMembers(unitId: string): string[];
  unitsContaining(passageId: string): string[];
  unitText(unitId: string): string[];
  /** unitText's passages by number (PassageNumbers; -1 for an id no passage has): scoring a unit then hashes no id. */
  unitTextNumbers(unitId: string): ArrayLike<number>;
}

const WINDOW = '~w';
/** Positions in a run are below this; a run's number times it plus a position locates a passage. */
const RUN_SPAN = 2 ** 21;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every unit listed (the general case). */
function listedUnits(corpus: Corpus, numbers: PassageNumbers): UnitLookup {
  const unitsOfPassage = new Map<string, string[]>();
  const unitMembers = new Map<string, string[]>();
  const unitsWithText = new Map<string, string[]>();
  const unitText = new Map<string, string[]>();
  const keys = new Map<string, number>();
  for (const unit of retrievalUnits(corpus)) {
    if (!keys.has(unit.id)) keys.set(unit.id, keys.size);
    unitMembers.set(unit.id, unit.members);
    unitText.set(unit.id, unit.textIds);
    for (const id of unit.members) push(unitsOfPassage, id, unit.id);
    for (const id of unit.textIds) push(unitsWithText, id, unit.id);
  }
  return {
    unitsOf: (id) => unitsOfPassage.get(id) ?? [],
    unitsOfNumber: (n) => unitsOfPassage.get(numbers.passages[n]!.id) ?? [],
    unitTextsOfNumber: (n) =>
      (unitsOfPassage.get(numbers.passages[n]!.id) ?? []).map((unit) => (unitText.get(unit) ?? []).map(numbers.numberOf)),
    unitKeysOfNumber: (n) => (unitsOfPassage.get(numbers.passages[n]!.id) ?? []).map((unit) => keys.get(unit)!),
    unitMembers: (id) => unitMembers.get(id) ?? [],
    unitsContaining: (id) => unitsWithText.get(id) ?? [],
    unitText: (id) => unitText.get(id) ?? [],
    unitTextNumbers: (id) => (unitText.get(id) ?? []).map(numbers.numberOf),
  };
}

interface Runs {
  runs: string[][];
  /** Each run's passages by number. */
  runNumbers: Int32Array[];
  /** Per passage number: run number times RUN_SPAN plus position, or -1 when in no run. */
  runAt: Float64Array;
}

/** The runs of sentences that windows are made of (as units.ts cuts them), or null when a sentence is in two. */
function windowRuns(corpus: Corpus, entriesOf: (id: string) => Entry[], numbers: PassageNumbers): Runs | null {
  const runs: string[][] = [];
  const runNumbers: Int32Array[] = [];
  const runAt = new Float64Array(numbers.passages.length).fill(-1);
  // Passages already in a unit of the document being read: that document's number + 1.
  const covered = new Int32Array(numbers.passages.length);
  const addRun = (ids: string[]): boolean => {
    const run = runs.push(ids) - 1;
    const numbered = new Int32Array(ids.length);
    runNumbers.push(numbered);
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at]!;
      const n = numbers.numberOf(id);
      // A sentence in two runs, or in a window and an entry, is ordered by the listing only
      // (as is an id no passage has, which the listing alone knows how to place).
      if (n < 0 || at >= RUN_SPAN || runAt[n]! >= 0 || entriesOf(id).length > 0) return false;
      runAt[n] = run * RUN_SPAN + at;
      numbered[at] = n;
    }
    return true;
  };
  for (let d = 0; d < corpus.documents.length; d++) {
    const doc = corpus.documents[d]!;
    const stamp = d + 1;
    if (doc.entries.some((e) => e.id.endsWith(WINDOW))) return null;
    const isCovered = (id: string) => {
      const n = numbers.numberOf(id);
      return n >= 0 && covered[n] === stamp;
    };
    const cover = (id: string) => {
      const n = numbers.numberOf(id);
      if (n >= 0) covered[n] = stamp;
    };
    for (const entry of doc.entries) for (const id of entry.passageIds) cover(id);
    for (const section of doc.sections) {
      const ids = section.passageIds.filter((id) => !isCovered(id));
      if (!addRun(ids)) return null;
      for (const id of ids) cover(id);
    }
    if (!addRun(doc.passages.map((p) => p.id).filter((id) => !isCovered(id)))) return null;
  }
  return { runs, runNumbers, runAt };
}

/**
 * `entriesOf`: the entries a passage appears in, once per appearance, in corpus order (and
 * `entriesAt` the same by passage number); `numbers`: the corpus's passages as the index numbers them.
 */
export function unitLookup(
  corpus: Corpus,
  entriesOf: (id: string) => Entry[],
  numbers: PassageNumbers,
  entriesAt: (n: number) => Entry[] = (n) => entriesOf(numbers.passages[n]!.id),
): UnitLookup {
  const found = windowRuns(corpus, entriesOf, numbers);
  if (!found) return listedUnits(corpus, numbers);
  const { runs, runNumbers, runAt } = found;
  const members = new Map<string, string[]>();
  for (const doc of corpus.documents) for (const entry of doc.entries) members.set(entry.id, entry.passageIds);
  // Entries by passage number, built on first use: numbering every entry's ids would add to start-up.
  // A unit's key: a window's is its centre's number, an entry's the passage count plus its key there.
  const entries = once(() => entryTable(corpus, numbers));
  const entryKey = (id: string) => numbers.passages.length + entries().keys.get(id)!;
  const entryMembers = (id: string) => entries().members[entries().keys.get(id)!]!;
  const inRun = (id: string) => {
    const n = numbers.numberOf(id);
    return n < 0 ? -1 : runAt[n]!;
  };
  const place = (id: string) => {
    const at = inRun(id);
    if (at < 0) return null;
    const run = Math.floor(at / RUN_SPAN);
    return { run: runs[run]!, runNumbers: runNumbers[run]!, at: at % RUN_SPAN };
  };
  return {
    unitsOf(id) {
      const entries = entriesOf(id);
      if (entries.length > 0) return entries.map((e) => e.id);
      return place(id) ? [id + WINDOW] : [];
    },
    unitsOfNumber(n) {
      const entries = entriesAt(n);
      if (entries.length > 0) return entries.map((e) => e.id);
      return runAt[n]! >= 0 ? [numbers.passages[n]!.id + WINDOW] : [];
    },
    unitTextsOfNumber(n) {
      const key = entries().keyAt[n]!;
      if (key >= 0) return [entries().members[key]!];
      if (key === SEVERAL_ENTRIES) return entriesAt(n).map((e) => entryMembers(e.id));
      const at = runAt[n]!;
      if (at < 0) return [];
      // The window centred on this passage: it with its neighbours in its run. A plain array:
      // a typed subarray costs about a microsecond to make, a tenth of /search's unit time at 100×.
      const position = at % RUN_SPAN;
      const run = runNumbers[Math.floor(at / RUN_SPAN)]!;
      const text: number[] = [];
      for (let j = Math.max(0, position - 1); j <= position + 1 && j < run.length; j++) text.push(run[j]!);
      return [text];
    },
    unitKeysOfNumber(n) {
      const key = entries().keyAt[n]!;
      if (key >= 0) return [numbers.passages.length + key];
      if (key === SEVERAL_ENTRIES) return entriesAt(n).map((e) => entryKey(e.id));
      return runAt[n]! >= 0 ? [n] : [];
    },
    unitMembers(unitId) {
      const listed = members.get(unitId);
      if (listed) return listed;
      const centre = unitId.endsWith(WINDOW) ? unitId.slice(0, -WINDOW.length) : null;
      return centre !== null && inRun(centre) >= 0 ? [centre] : [];
    },
    unitsContaining(id) {
      const entries = entriesOf(id);
      if (entries.length > 0) return entries.map((e) => e.id);
      const found = place(id);
      if (!found) return [];
      // The windows centred on the sentence before, on this one and on the one after.
      const { run, at } = found;
      const units: string[] = [];
      for (let j = Math.max(0, at - 1); j <= Math.min(run.length - 1, at + 1); j++) units.push(run[j]! + WINDOW);
      return units;
    },
    unitText(unitId) {
      const listed = members.get(unitId);
      if (listed) return listed;
      const found = unitId.endsWith(WINDOW) ? place(unitId.slice(0, -WINDOW.length)) : null;
      if (!found) return [];
      // A window's text: its centre with the sentence before and after it in the run.
      return found.run.slice(Math.max(0, found.at - 1), found.at + 2);
    },
    unitTextNumbers(unitId) {
      const key = entries().keys.get(unitId);
      if (key !== undefined) return entries().members[key]!;
      const found = unitId.endsWith(WINDOW) ? place(unitId.slice(0, -WINDOW.length)) : null;
      if (!found) return [];
      return found.runNumbers.subarray(Math.max(0, found.at - 1), found.at + 2);
    },
  };
}
