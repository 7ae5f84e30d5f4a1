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
