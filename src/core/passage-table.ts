import type { PassageNumbers } from '../index/passage-numbers.js';

// A value per passage id, kept in an array by passage number (passage-numbers.ts) instead of a
// Map of its own. Ids that no passage has (an entry naming a sentence of another corpus) are
// rare and go to a small Map, so the table answers exactly as a Map by id would.

export class PassageTable<T> {
  private readonly byNumber: (T | undefined)[] = [];
  private readonly others = new Map<string, T>();

  constructor(private readonly numbers: PassageNumbers) {
    // Packed from the start: an array created with holes would stay slower to read.
    for (let i = 0; i < numbers.passages.length; i++) this.byNumber.push(undefined);
  }

  get(id: string): T | undefined {
    const at = this.numbers.numberOf(id);
    return at < 0 ? this.others.get(id) : this.byNumber[at];
  }

  /** The value of the passage numbered `n` (what get gives for its id). */
  at(n: number): T | undefined {
    return this.byNumber[n];
  }

  set(id: string, value: T): void {
    const at = this.numbers.numberOf(id);
    if (at < 0) this.others.set(id, value);
    else this.byNumber[at] = value;
  }
}
