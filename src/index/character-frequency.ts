// How many passages contain each Han character, counted over a passage's words and bigrams (so
// stop words, punctuation and Latin text are left out, as they are from those terms). It
// weighs the character-overlap signal of ranking (answer/character-overlap.ts): a rare character
// shared by question and sentence (熬, 血) says more than a common one (国, 人).

const HAN = /\p{Script=Han}/u;

/** The distinct Han characters of some terms. */
export function charactersOf(terms: Iterable<string>): Set<string> {
  const characters = new Set<string>();
  for (const term of terms) for (const ch of term) if (HAN.test(ch)) characters.add(ch);
  return characters;
}

const BMP = 0x10000;
const UNKNOWN = 0;
const IS_HAN = 1;
const NOT_HAN = 2;

/**
 * Counts each passage's characters once (passages added one at a time, as the index is built).
 * Called for every passage of the corpus, so it works on code units: a table says which are Han
 * (filled as met) and a stamp per unit which passage last counted it, instead of a Set of
 * one-character strings per passage. Characters outside the BMP take the string path.
 * Counts are kept in first-seen order, which the saved object keeps.
 */
export class CharacterFrequencyBuilder {
  private readonly han = new Uint8Array(BMP);
  private readonly counts = new Uint32Array(BMP);
  private readonly stamps = new Int32Array(BMP).fill(-1);
  private readonly astral = new Map<string, { count: number; stamp: number }>();
  private readonly order: string[] = [];
  private passage = 0;

  /** One passage's terms, in one or more lists. */
  add(...termLists: ReadonlyArray<readonly string[]>): void {
    const passage = this.passage++;
    for (const terms of termLists)
      for (const term of terms)
        for (let i = 0; i < term.length; i++) {
          const unit = term.charCodeAt(i);
          if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < term.length) {
            const second = term.charCodeAt(i + 1);
            if (second >= 0xdc00 && second <= 0xdfff) {
              this.addAstral(term.slice(i, i + 2), passage);
              i++;
              continue;
            }
          }
          this.addUnit(unit, passage);
        }
  }

  private addUnit(unit: number, passage: number): void {
    if (this.stamps[unit] === passage) return;
    let han = this.han[unit]!;
    if (han === UNKNOWN) {
      han = HAN.test(String.fromCharCode(unit)) ? IS_HAN : NOT_HAN;
      this.han[unit] = han;
    }
    if (han === NOT_HAN) return;
    this.stamps[unit] = passage;
    if (this.counts[unit]!++ === 0) this.order.push(String.fromCharCode(unit));
  }

  private addAstral(ch: string, passage: number): void {
    if (!HAN.test(ch)) return;
    const seen = this.astral.get(ch);
    if (seen === undefined) {
      this.astral.set(ch, { count: 1, stamp: passage });
      this.order.push(ch);
    } else if (seen.stamp !== passage) {
      seen.count++;
      seen.stamp = passage;
    }
  }

  finish(): Record<string, number> {
    const count = (ch: string) => (ch.length === 1 ? this.counts[ch.charCodeAt(0)]! : (this.astral.get(ch)?.count ?? 0));
    return Object.fromEntries(this.order.map((ch) => [ch, count(ch)]));
  }
}
