import type { Services } from '../core/services.js';

// An English word has several Chinese translations ("treating" 治疗/对待/当作), and a word the
// corpus never writes several learned synonyms; most are wrong in the question at hand, and each
// wrong one adds matches that have nothing to do with it. The right ones are those the corpus
// writes near the other words' translations (cross-language retrieval's co-occurrence
// disambiguation): in one retrieval unit (an entry, a sentence window) with a candidate of as
// many other words of the question as possible.

/** One word of the question and the terms that may stand for it. */
export interface Alternatives {
  chinese: string[];
}

/** Units where each term occurs (sentences sharing its words, and the units around them). */
function unitsOf(services: Services, term: string): Set<string> {
  const units = new Set<string>();
  const words = services.tokenizer.tokenize(term).words;
  const matches = services.index.sentences({ words, bigrams: [] });
  for (let row = 0; row < matches.count; row++) for (const unit of services.library.unitsContaining(matches.id(row))) units.add(unit);
  return units;
}

const intersects = (a: Set<string>, b: Set<string>) => {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
};

/** Each group's candidates that co-occur with the most other groups (all of them when alone or tied at none). */
export function chooseTranslations<G extends Alternatives>(services: Services, groups: readonly G[]): G[] {
  const ambiguous = groups.filter((g) => g.chinese.length > 1);
  if (groups.length < 2 || ambiguous.length === 0) return [...groups];
  const cache = new Map<string, Set<string>>();
  const units = (term: string) => {
    let found = cache.get(term);
    if (!found) {
      found = unitsOf(services, term);
      cache.set(term, found);
    }
    return found;
  };
  return groups.map((group) => {
    if (group.chinese.length < 2) return group;
    const others = groups.filter((g) => g !== group);
    const support = group.chinese.map(
      (term) => others.filter((other) => other.chinese.some((o) => intersects(units(term), units(o)))).length,
    );
    const best = Math.max(...support);
    if (best === 0) return group;
    return { ...group, chinese: group.chinese.filter((_, i) => support[i] === best) };
  });
}
