// A trie over UTF-16 code units, its edges in one open-addressing table of integers, for scans
// that try every position of a long text (word-scan.ts, geo/match-names.ts): walking it allocates
// nothing, where looking up each prefix as a string in a Map made a string per step and was most
// of those scans' time.

const EMPTY = -1;
/** The node of the empty prefix, where every walk starts. */
export const TRIE_ROOT = 0;

function slotOf(node: number, code: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ code;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & mask;
}

export class CodeUnitTrie {
  /** Number of nodes; node 0 is the root (the empty prefix). */
  size = 1;
  private parents = new Int32Array(1024).fill(EMPTY);
  private codes = new Uint16Array(1024);
  private children = new Int32Array(1024);
  private edges = 0;

  /** The node that ends `word`'s path, created as needed. */
  insert(word: string): number {
    let node = TRIE_ROOT;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const next = this.child(node, code);
      node = next === EMPTY ? this.addChild(node, code) : next;
    }
    return node;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const mask = this.parents.length - 1;
    for (let slot = slotOf(node, code, mask); ; slot = (slot + 1) & mask) {
      const parent = this.parents[slot]!;
      if (parent === EMPTY) return EMPTY;
      if (parent === node && this.codes[slot] === code) return this.children[slot]!;
    }
  }

  private addChild(node: number, code: number): number {
    // At most half full, so that a miss ends soon.
    if (2 * (this.edges + 1) > this.parents.length) this.grow();
    const child = this.size++;
    this.place(node, code, child);
    this.edges++;
    return child;
  }

  private place(node: number, code: number, child: number): void {
    const mask = this.parents.length - 1;
    let slot = slotOf(node, code, mask);
    while (this.parents[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.parents[slot] = node;
    this.codes[slot] = code;
    this.children[slot] = child;
  }

  private grow(): void {
    const { parents, codes, children } = this;
    const capacity = parents.length * 2;
    this.parents = new Int32Array(capacity).fill(EMPTY);
    this.codes = new Uint16Array(capacity);
    this.children = new Int32Array(capacity);
    for (let slot = 0; slot < parents.length; slot++)
      if (parents[slot] !== EMPTY) this.place(parents[slot]!, codes[slot]!, children[slot]!);
  }
}
