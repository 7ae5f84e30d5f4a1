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

/** Counts each passage's characters once (passages added one at a time, as the index is built). */
export class CharacterFrequencyBuilder {
  private readonly counts = new Map<string, number>();

  add(terms: readonly string[]): void {
    for (const ch of charactersOf(terms)) this.counts.set(ch, (this.counts.get(ch) ?? 0) + 1);
  }

  finish(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
