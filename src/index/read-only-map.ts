// The methods of a read-only Map that MiniSearch calls on the Maps of its index, for the views a
// restored index puts in their place (minisearch-restore.ts, minisearch-document-views.ts):
// subclasses give get, has, size and entries; changing one throws.

export abstract class ReadOnlyMap<K, V> {
  abstract get size(): number;
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract entries(): IterableIterator<[K, V]>;

  *keys(): IterableIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K) => void): void {
    for (const [key, value] of this.entries()) callback(value, key);
  }

  set(): never {
    throw new Error('the saved word index is read-only');
  }

  delete(): never {
    throw new Error('the saved word index is read-only');
  }
}
