import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';

// MiniSearch.toJSON() builds every term's postings as plain objects in one array before anything
// is written: at 50 MB of corpus that copy was larger than the index itself, held at the build's
// peak. This gives the same plain object with its terms produced one at a time as they are
// written. MiniSearch keeps its terms in a private field; a version that renames it fails here
// (and in the test comparing this with toJSON), never silently.

type SerializedTerm = AsPlainObject['index'][number];
type FieldPostings = Map<number, Map<number, number>>;

/** MiniSearch's plain object with its terms as an iterable (an array once read back). */
export type LazyPlainObject = Omit<AsPlainObject, 'index'> & { index: Iterable<SerializedTerm> };

interface Internals {
  _index: Iterable<[string, FieldPostings]>;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** What `index.toJSON()` returns, its terms serialised only when iterated (each time, from the live index). */
export function lazyPlainObject<T>(index: MiniSearch<T>): LazyPlainObject {
  const internals = index as unknown as Internals;
  const terms = internals._index;
  if (!isIterable(terms)) throw new Error('MiniSearch has no term index where expected (was the package upgraded?)');
  internals._index = [];
  let plain: AsPlainObject;
  try {
    plain = index.toJSON();
  } finally {
    internals._index = terms;
  }
  const serialised = {
    *[Symbol.iterator](): Generator<SerializedTerm> {
      for (const [term, fields] of terms) {
        const data: SerializedTerm[1] = {};
        for (const [fieldId, postings] of fields) data[fieldId] = Object.fromEntries(postings);
        yield [term, data];
      }
    },
  };
  return { ...plain, index: serialised };
}
