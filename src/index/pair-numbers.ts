// Numbers for bigram keys (bigram-postings.ts: two code points packed into one number below
// 2^42), 0, 1, 2… in the order first met. An open-addressing table of doubles: a Map keyed by
// numbers this large hashes a heap number per lookup, and the build looks up every bigram of
// every sentence (5 million at 100× the corpus).

const EMPTY = -1;

export class PairNumbers {
  private table = new Int32Array(1 << 12).fill(EMPTY);
  private list = new Float64Array(1 << 11);
  private size = 0;

  /** The number of `key`, given it when new. */
  numberOf(key: number): number {
    const mask = this.table.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const n = this.table[slot]!;
      if (n === EMPTY) return this.add(key, slot);
      if (this.list[n] === key) return n;
    }
  }

  /** The keys by number. */
  keys(): Float64Array {
    return this.list.subarray(0, this.size);
  }

  private add(key: number, slot: number): number {
    const n = this.size++;
    if (n === this.list.length) {
      const longer = new Float64Array(n * 2);
      longer.set(this.list);
      this.list = longer;
    }
    this.list[n] = key;
    this.table[slot] = n;
    // At most half full, so that a miss ends soon.
    if (2 * this.size > this.table.length) this.rehash();
    return n;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(EMPTY);
    const mask = this.table.length - 1;
    for (let n = 0; n < this.size; n++) {
      let slot = slotOf(this.list[n]!, mask);
      while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.table[slot] = n;
    }
  }
}

/** Both halves of the key (first code point · 0x110000 + second) mixed into a slot. */
function slotOf(key: number, mask: number): number {
  const high = Math.floor(key / 0x110000);
  const low = key - high * 0x110000;
  let h = Math.imul(high, 0x9e3779b1) ^ low;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & mask;
}
