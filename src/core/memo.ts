// What is worked out once per object it is made from (a library, a document) and kept as long as
// that object lives: a corpus reload makes a new library, so nothing kept goes stale.

/** `compute`, run once per key and then answered from memory. */
export function memoized<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/**
 * Answers by key kept per object (a library), the last `size` of them: the keys asked come back (a
 * page turn asks again) but are many, so a long run of others starts the memory afresh. `keep`: which
 * answers are worth their memory.
 */
export function rememberedByKey<O extends object, V>(
  size: number,
  keep: (value: V) => boolean = () => true,
): ((owner: O, key: string, compute: () => V) => V) & { known: (owner: O, key: string) => V | undefined } {
  const byOwner = memoized((_: O) => new Map<string, V>());
  const remembered = (owner: O, key: string, compute: () => V): V => {
    const known = byOwner(owner);
    if (known.has(key)) return known.get(key) as V;
    const value = compute();
    if (keep(value)) {
      if (known.size >= size) known.clear();
      known.set(key, value);
    }
    return value;
  };
  // The answer remembered for a key, if any: a caller needing less than the whole answer may do without computing it.
  return Object.assign(remembered, { known: (owner: O, key: string) => byOwner(owner).get(key) });
}
