// MiniSearch's per-document Maps (short id → id, id → short id, short id → field lengths) for a
// restored word index, as read-only views over the arrays start-up already holds. The bot's
// queries read postings only (minisearch-postings.ts), never these; filling three Maps of 76,000
// entries (and an array per document) cost ~0.15 s of start-up at 100× the corpus, most of it
// in garbage collection. MiniSearch's own search() and toJSON() still work through them (the
// methods below are those it calls); the reverse lookup is built on first use.

import { ReadOnlyMap } from './read-only-map.js';

const isShortId = (doc: unknown, count: number): doc is number => Number.isInteger(doc) && (doc as number) >= 0 && (doc as number) < count;

/** Short id (position) → document id. */
export class DocumentIdsView extends ReadOnlyMap<number, string> {
  constructor(private readonly ids: readonly string[]) {
    super();
  }

  get size(): number {
    return this.ids.length;
  }

  get(doc: number): string | undefined {
    return isShortId(doc, this.ids.length) ? this.ids[doc] : undefined;
  }

  has(doc: number): boolean {
    return isShortId(doc, this.ids.length);
  }

  *entries(): IterableIterator<[number, string]> {
    for (let doc = 0; doc < this.ids.length; doc++) yield [doc, this.ids[doc]!];
  }
}

/** Document id → short id, as a Map built when first asked. */
export class ShortIdsView extends ReadOnlyMap<string, number> {
  private map: Map<string, number> | null = null;

  constructor(private readonly ids: readonly string[]) {
    super();
  }

  private built(): Map<string, number> {
    this.map ??= new Map(this.ids.map((id, doc) => [id, doc]));
    return this.map;
  }

  get size(): number {
    return this.built().size;
  }

  get(id: string): number | undefined {
    return this.built().get(id);
  }

  has(id: string): boolean {
    return this.built().has(id);
  }

  entries(): IterableIterator<[string, number]> {
    return this.built().entries();
  }
}

/** Short id → the lengths of its one field (a fresh array each time, as nothing may change them). */
export class FieldLengthsView extends ReadOnlyMap<number, number[]> {
  constructor(private readonly lengths: Uint32Array) {
    super();
  }

  get size(): number {
    return this.lengths.length;
  }

  get(doc: number): number[] | undefined {
    return isShortId(doc, this.lengths.length) ? [this.lengths[doc]!] : undefined;
  }

  has(doc: number): boolean {
    return isShortId(doc, this.lengths.length);
  }

  *entries(): IterableIterator<[number, number[]]> {
    for (let doc = 0; doc < this.lengths.length; doc++) yield [doc, [this.lengths[doc]!]];
  }
}
