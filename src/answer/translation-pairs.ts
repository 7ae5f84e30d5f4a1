import type { Library } from '../core/library.js';
import type { IngestedDocument, Passage } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';

// A document giving a text and its translation in two parts (a gazetteer's 原文 and 译文, a classic
// with its 今译): which sentence of one renders which of the other. Neither says so: the parts are
// found by their headings, and their sentences aligned in order (a translation follows its
// original) by what they share: names, numbers and the characters of their words (乾隆二十三年,
// 吴怀德, 八百两 are written in both). Any document of that shape, whatever its subject.

/** A part holding the text itself, and one holding its translation, by their headings. */
const ORIGINAL = /原文|原典|原诗|原词|古文|文言|原著/u;
const TRANSLATION = /译文|今译|语译|白话|翻译|译注|释文/u;

/** Characters too common in both registers to say two sentences are one (之, 的, 其, 于 …). */
const COMMON = new Set([...'之乎者也其而以于於为為的了是在有一不人也所则則与與及曰亦此彼焉矣哉兮']);

/** How far apart in their parts two sentences may stand and still be weighed as a pair. */
const POSITION_WEIGHT = 0.6;

type Pairs = ReadonlyMap<string, readonly string[]>;

const pairsByDocument = new WeakMap<IngestedDocument, Pairs>();

/** The characters a sentence is compared by: Simplified, without punctuation, digits kept. */
function charactersOf(text: string): Set<string> {
  return new Set([...toSimplified(text)].filter((c) => /[\p{Script=Han}\d]/u.test(c) && !COMMON.has(c)));
}

/**
 * For each sentence of `from`, the sentence of `to` it is rendered by: the monotone alignment
 * (each sentence's partner at or after the one before's) of highest total similarity, positions
 * in their parts weighed so that the order of the two texts holds where words say little. Every
 * pair is weighed (n × m), the characters two sentences share counted a row at a time from the
 * sentences of `to` holding each character, in typed rows: a classic's thousand sentences a side
 * took three seconds with a set compared to a set for each pair.
 */
function align(from: readonly Passage[], to: readonly Passage[]): number[] {
  const a = from.map((p) => charactersOf(p.text));
  const b = to.map((p) => charactersOf(p.text));
  const n = a.length;
  const m = b.length;
  const holding = new Map<string, number[]>();
  b.forEach((characters, j) => {
    for (const c of characters) {
      const list = holding.get(c);
      if (list) list.push(j);
      else holding.set(c, [j]);
    }
  });
  const sizes = Float64Array.from(b, (characters) => characters.size);
  const positions = Float64Array.from(b, (_, j) => (j + 0.5) / m);
  const shared = new Int32Array(m);
  // best: the best total for sentences 0..i with sentence i rendered by j (this row and the one
  // before); back[i][j]: the j before.
  let previous = new Float64Array(m);
  let best = new Float64Array(m);
  const back: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    shared.fill(0);
    for (const c of a[i]!) for (const j of holding.get(c) ?? []) shared[j]!++;
    const size = a[i]!.size;
    const position = (i + 0.5) / n;
    const from = new Int32Array(m);
    let runMax = i > 0 ? Number.NEGATIVE_INFINITY : 0;
    let runAt = 0;
    for (let j = 0; j < m; j++) {
      if (i > 0 && previous[j]! > runMax) {
        runMax = previous[j]!;
        runAt = j;
      }
      // Sharing nothing, a pair is alike by 0 (as two sentences without characters are).
      const similarity = shared[j] === 0 ? 0 : shared[j]! / Math.sqrt(size * sizes[j]!);
      best[j] = similarity - POSITION_WEIGHT * Math.abs(position - positions[j]!) + runMax;
      from[j] = runAt;
    }
    back.push(from);
    [previous, best] = [best, previous];
  }
  // The last row (`previous` after the swap): its first best total.
  let j = 0;
  for (let k = 1; k < m; k++) if (previous[k]! > previous[j]!) j = k;
  const partners = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    partners[i] = j;
    j = back[i]![j]!;
  }
  return partners;
}

/** Sentences of each document's translated text mapped to their counterparts, both ways. */
function pairsOf(library: Library, doc: IngestedDocument): Pairs {
  let pairs = pairsByDocument.get(doc);
  if (pairs) return pairs;
  const found = new Map<string, string[]>();
  pairs = found;
  pairsByDocument.set(doc, pairs);
  const heading = (path: readonly string[]) => path[path.length - 1] ?? '';
  const originals = doc.sections.filter((s) => ORIGINAL.test(heading(s.path)) && !TRANSLATION.test(heading(s.path)));
  const translations = doc.sections.filter((s) => TRANSLATION.test(heading(s.path)));
  // One of each: which of several would render which is not guessed.
  if (originals.length !== 1 || translations.length !== 1) return pairs;
  const passagesOf = (ids: readonly string[]) => ids.flatMap((id) => library.passage(id) ?? []);
  const original = passagesOf(originals[0]!.passageIds);
  const translation = passagesOf(translations[0]!.passageIds);
  if (!original.length || !translation.length) return pairs;
  const add = (from: Passage, to: Passage) => {
    const list = found.get(from.id) ?? [];
    if (!list.includes(to.id)) list.push(to.id);
    found.set(from.id, list);
  };
  // Each way: a sentence the other text splits in two is rendered by both.
  for (const [i, j] of align(original, translation).entries()) add(original[i]!, translation[j]!);
  for (const [i, j] of align(translation, original).entries()) add(original[j]!, translation[i]!);
  for (const [from, to] of [...found]) for (const id of to) add(library.passage(id)!, library.passage(from)!);
  for (const list of found.values())
    list.sort((x, y) => (library.passage(x)?.places[0]?.position ?? 0) - (library.passage(y)?.places[0]?.position ?? 0));
  return pairs;
}

/** The sentences rendering `passage` in its document's other text (its translation, or its original), in order. */
export function counterparts(library: Library, passage: Passage): Passage[] {
  const doc = library.doc(passage.docId);
  if (!doc) return [];
  return (pairsOf(library, doc).get(passage.id) ?? []).flatMap((id) => library.passage(id) ?? []);
}

/** Whether a passage stands in the translated text itself (原文), not in its translation. */
export function inOriginal(passage: Passage): boolean {
  const heading = passage.section?.[passage.section.length - 1] ?? '';
  return ORIGINAL.test(heading) && !TRANSLATION.test(heading);
}
