// Values computed on first use. The English lexicon is the largest JSON start-up would parse
// (~280 KB of objects with ~10,000 Chinese keys: ~45 ms, more than the corpus itself), and only
// query expansion and English questions read it; createEngine warms it right after ready.

/** `make()` once, when first asked for; the input it closes over can be dropped by the caller. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** A read-only map built on first use. */
export function lazyMap<K, V>(build: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const map = once(build);
  return {
    get: (key) => map().get(key),
    has: (key) => map().has(key),
    forEach: (callback, thisArg) => map().forEach(callback, thisArg),
    get size() {
      return map().size;
    },
    entries: () => map().entries(),
    keys: () => map().keys(),
    values: () => map().values(),
    [Symbol.iterator]: () => map()[Symbol.iterator](),
  };
}

/**
 * `compute` remembered per key, for a pure function of an immutable input read many times per
 * query. At most `limit` keys are kept: one more, and all are forgotten (the next queries
 * remember theirs again).
 */
export function memoized<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value as V;
  };
}
