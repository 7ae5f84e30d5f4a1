import type { PassageNumbers } from '../index/passage-numbers.js';

// Each passage's ordinal (its position in its document) by passage number, in one typed array.
// Ranking breaks ties by document order for its ~150 candidates: at 100× the corpus they are
// scattered over ~76,000 passage objects, and reading each one's ordinal missed the CPU's caches
// (a fifth of /search's own ranking time after the first stage); a number in a 300 KB array is
// one short read.

const byNumbers = new WeakMap<PassageNumbers, Int32Array>();

/** The ordinals of `numbers`' passages, made on first use (a few milliseconds at 100×). */
export function passageOrdinals(numbers: PassageNumbers): Int32Array {
  let ordinals = byNumbers.get(numbers);
  if (!ordinals) {
    const { passages } = numbers;
    ordinals = new Int32Array(passages.length);
    for (let n = 0; n < passages.length; n++) {
      const { ordinal } = passages[n]!;
      // Ordinals are counts; anything else would be compared wrongly once cut to 32 bits.
      if (!Number.isInteger(ordinal) || ordinal !== (ordinal | 0)) throw new Error(`passage ordinal ${ordinal} is not a 32-bit integer`);
      ordinals[n] = ordinal;
    }
    byNumbers.set(numbers, ordinals);
  }
  return ordinals;
}

/** Best score first, then document order (`ordinal`: passageOrdinals'). */
export const byScoreThenOrdinal = (a: { score: number; ordinal: number }, b: { score: number; ordinal: number }): number =>
  b.score - a.score || a.ordinal - b.ordinal;
