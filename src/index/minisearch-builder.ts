import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

// MiniSearch.add() fetches every occurrence of every term from its radix tree, and each fetch
// scans a node's children one by one: with ~1,000 first characters of Chinese terms at the root,
// that was a fifth of building the index at 100× the corpus. Here a document's terms are counted
// in a Map instead, and each term goes into the tree once, at the end, as loadJS puts it there.
// Terms are inserted in the order add() first met them and documents in the order they came, so
// the tree, its maps and its JSON are the ones add() would have built (test/index compares them).
// Like minisearch-postings.ts this reaches MiniSearch's term index (`_index`); a version that
// renames it throws here, and the test fails.

/** The one field's id in MiniSearch's fieldIds. */
const FIELD = 0;

type FieldPostings = Map<number, Map<number, number>>;

interface Internals {
  _index: { set?: (term: string, value: FieldPostings) => unknown };
}

/** Builds a one-field MiniSearch as `add` over documents in turn would, without add's cost per term. */
export class MiniSearchBuilder<T> {
  /** Term → [document, frequency, document, frequency, …], documents ascending. */
  private readonly postings = new Map<string, number[]>();
  private readonly ids: string[] = [];
  private readonly lengths: number[] = [];
  private readonly seen = new Set<string>();
  private averageLength = 0;
  private readonly field: string;

  constructor(private readonly options: Options<T>) {
    const [field, ...others] = options.fields;
    if (field === undefined || others.length > 0 || (options.storeFields?.length ?? 0) > 0)
      throw new Error('MiniSearchBuilder builds an index of exactly one field and no stored fields');
    this.field = field;
  }

  /** What `miniSearch.add({ [idField]: id, [field]: text })` does: the field tokenized and processed as MiniSearch does. */
  add(id: string, text: string): void {
    const { tokenize } = this.options;
    if (!tokenize) throw new Error('MiniSearchBuilder needs the tokenize option');
    this.addTokens(id, tokenize(text, this.field));
  }

  /** add() of a text that `tokenize` would cut into exactly these tokens (saves joining and splitting them again). */
  addTokens(id: string, tokens: readonly string[]): void {
    const { processTerm } = this.options;
    if (!processTerm) throw new Error('MiniSearchBuilder needs the processTerm option');
    if (this.seen.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    this.seen.add(id);
    const doc = this.ids.length;
    this.ids.push(id);
    const length = new Set(tokens).size;
    this.lengths.push(length);
    // MiniSearch's running mean, with its operations in its order: the score depends on every bit.
    this.averageLength = (this.averageLength * doc + length) / (doc + 1);
    for (const token of tokens) {
      const processed = processTerm(token, this.field);
      if (Array.isArray(processed)) for (const term of processed) this.count(term, doc);
      else if (processed) this.count(processed, doc);
    }
  }

  /** Term → number of documents having it, terms in the order first met (call before finish). */
  documentFrequencies(): Record<string, number> {
    return Object.fromEntries(Array.from(this.postings, ([term, list]) => [term, list.length / 2]));
  }

  private count(term: string, doc: number): void {
    const list = this.postings.get(term);
    if (list === undefined) this.postings.set(term, [doc, 1]);
    else if (list[list.length - 2] === doc) list[list.length - 1]!++;
    else list.push(doc, 1);
  }

  /** The MiniSearch; each term's list is released as it is handed over. */
  finish(): MiniSearch<T> {
    const documentIds: Record<number, string> = {};
    const fieldLength: Record<number, number[]> = {};
    this.ids.forEach((id, doc) => {
      documentIds[doc] = id;
      fieldLength[doc] = [this.lengths[doc]!];
    });
    const header = {
      documentCount: this.ids.length,
      nextId: this.ids.length,
      documentIds,
      fieldIds: { [this.field]: FIELD },
      fieldLength,
      // MiniSearch's own value before any document: no mean at all.
      averageFieldLength: this.ids.length > 0 ? [this.averageLength] : [],
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    };
    const miniSearch = MiniSearch.loadJS<T>(header as unknown as AsPlainObject, this.options);
    // The terms as loadJS would insert them, without a JSON object per term to turn into Maps.
    const tree = (miniSearch as unknown as Internals)._index;
    if (typeof tree?.set !== 'function') throw new Error('MiniSearch has no term index where expected (was the package upgraded?)');
    for (const [term, list] of this.postings) {
      const frequencies = new Map<number, number>();
      for (let i = 0; i < list.length; i += 2) frequencies.set(list[i]!, list[i + 1]!);
      tree.set(term, new Map([[FIELD, frequencies]]));
      this.postings.delete(term);
    }
    return miniSearch;
  }
}
