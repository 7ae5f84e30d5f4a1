import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { DocumentIdsView, FieldLengthsView, ShortIdsView } from './minisearch-document-views.js';
import { ReadOnlyMap } from './read-only-map.js';
import { indexInSorted } from './sorted-search.js';
import type { WordPostings } from './word-postings.js';

// A MiniSearch over saved word postings, without loadJS. loadJS builds a Map per posting (2 M at
// 100× the corpus: seconds of start-up and ~90 MB) and inserts every term into its radix tree by
// scanning siblings (quadratic in the ~1,000 first characters of Chinese terms). Here each
// term's postings stay in the typed arrays, behind a read-only view with the Map methods
// MiniSearch's scoring uses, and the radix tree is built in one pass over the sorted terms.
// Its per-document Maps are views over the ids and lengths (minisearch-document-views.ts).
// This reaches into MiniSearch's internals (the fields below, and the tree's shape: nested Maps,
// '' holding a term's data); test/index/minisearch-restore.test.ts checks searches against
// loadJS, and any missing field throws here, which start-up answers with a rebuild.

/** MiniSearch's key for a node's own value in its radix tree. */
const LEAF = '';
/** The one field the word index has (its id in MiniSearch's fieldIds). */
const FIELD = 0;

/** One term's postings, read as MiniSearch reads a Map of short id → term frequency. */
export class PostingView extends ReadOnlyMap<number, number> {
  /** Where the last lookup ended: MiniSearch asks for each document in the order it iterated them. */
  private hint: number;

  constructor(
    readonly docs: Uint32Array,
    readonly frequencies: Uint16Array,
    readonly start: number,
    readonly end: number,
  ) {
    super();
    this.hint = start;
  }

  get size(): number {
    return this.end - this.start;
  }

  override keys(): IterableIterator<number> {
    return this.docs.subarray(this.start, this.end).values();
  }

  private find(doc: number): number {
    if (this.docs[this.hint] === doc && this.hint < this.end) return this.hint;
    return indexInSorted(this.docs, doc, this.start, this.end);
  }

  get(doc: number): number | undefined {
    const at = this.find(doc);
    if (at < 0) return undefined;
    this.hint = at + 1;
    return this.frequencies[at];
  }

  has(doc: number): boolean {
    return this.find(doc) >= 0;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let i = this.start; i < this.end; i++) yield [this.docs[i]!, this.frequencies[i]!];
  }
}

type Tree = Map<string, unknown>;

/** The radix tree of `terms` (sorted, distinct) from `from` to `to`, below `depth` shared characters. */
function radixTree(terms: readonly string[], values: readonly unknown[], from: number, to: number, depth: number): Tree {
  const node: Tree = new Map();
  let i = from;
  if (terms[i]!.length === depth) node.set(LEAF, values[i++]);
  while (i < to) {
    // Terms sharing the next character form one child, keyed by their longest common prefix.
    let j = i + 1;
    while (j < to && terms[j]![depth] === terms[i]![depth]) j++;
    const first = terms[i]!;
    const last = terms[j - 1]!;
    let shared = depth + 1;
    while (shared < first.length && shared < last.length && first[shared] === last[shared]) shared++;
    node.set(first.slice(depth, shared), radixTree(terms, values, i, j, shared));
    i = j;
  }
  return node;
}

interface Internals {
  _index: unknown;
  _documentIds: unknown;
  _idToShortId: unknown;
  _fieldLength: unknown;
}

function internals(miniSearch: MiniSearch<never>): Internals {
  const inner = miniSearch as unknown as Partial<Internals>;
  const maps = [inner._documentIds, inner._idToShortId, inner._fieldLength];
  if (!(inner._index instanceof Object) || !maps.every((m) => m instanceof Map))
    throw new Error('this MiniSearch version cannot be restored from saved postings');
  return inner as Internals;
}

/** A MiniSearch that searches `postings`, whose documents are `ids` (short id = position). */
export function restoreMiniSearch<T>(postings: WordPostings, ids: readonly string[], options: Options<T>): MiniSearch<T> {
  if (postings.lengths.length !== ids.length) throw new Error('saved word postings do not match the corpus');
  const [field] = options.fields;
  const header = {
    documentCount: ids.length,
    nextId: ids.length,
    fieldIds: { [String(field)]: FIELD },
    averageFieldLength: [postings.averageLength],
    dirtCount: 0,
    serializationVersion: 2,
    index: [],
    documentIds: {},
    fieldLength: {},
    storedFields: {},
  } as unknown as AsPlainObject;
  const miniSearch = MiniSearch.loadJS<T>(header, options);
  const inner = internals(miniSearch as unknown as MiniSearch<never>);
  inner._documentIds = new DocumentIdsView(ids);
  inner._idToShortId = new ShortIdsView(ids);
  inner._fieldLength = new FieldLengthsView(postings.lengths);
  const { terms, offsets, docs, frequencies } = postings;
  const order = terms.map((_, t) => t).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const sorted = order.map((t) => terms[t]!);
  const values = order.map((t) => new Map([[FIELD, new PostingView(docs, frequencies, offsets[t]!, offsets[t + 1]!)]]));
  if (sorted.some((term, i) => i > 0 && term === sorted[i - 1])) throw new Error('saved word postings repeat a term');
  inner._index = new SearchableMap(sorted.length ? radixTree(sorted, values, 0, sorted.length, 0) : new Map());
  return miniSearch;
}
