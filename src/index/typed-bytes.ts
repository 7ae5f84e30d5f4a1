// Postings saved as raw bytes (bigram-postings.ts, word-postings.ts): typed arrays laid end to
// end after a header of 32-bit words, read back as views of one buffer (no parsing, no copies).

type Typed = Float64Array | Uint32Array | Uint16Array | Uint8Array;

/** The arrays' bytes, one after another. */
export function concatTyped(parts: readonly Typed[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  return bytes;
}

export interface TypedReader {
  /** The header's 32-bit words. */
  header: number[];
  f64(length: number): Float64Array;
  u32(length: number): Uint32Array;
  u16(length: number): Uint16Array;
  u8(length: number): Uint8Array;
}

/**
 * Views over `bytes` in order, after a header of `headerWords` words; `what` names the postings
 * in errors. `size(header)` is the byte length the header announces: any other length throws.
 */
export function typedReader(bytes: Uint8Array, what: string, headerWords: number, size: (header: number[]) => number): TypedReader {
  // Typed views need aligned offsets: copy once into a fresh buffer when they are not.
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  if (own.byteLength < headerWords * 4) throw new Error(`${what} are truncated`);
  const header = [...new Uint32Array(own.buffer, own.byteOffset, headerWords)];
  if (own.byteLength !== size(header)) throw new Error(`${what} are damaged`);
  let at = own.byteOffset + headerWords * 4;
  const next = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, width: number, length: number): T => {
    const view = make(own.buffer, at, length);
    at += width * length;
    return view;
  };
  return {
    header,
    f64: (n) => next((b, o, l) => new Float64Array(b, o, l), 8, n),
    u32: (n) => next((b, o, l) => new Uint32Array(b, o, l), 4, n),
    u16: (n) => next((b, o, l) => new Uint16Array(b, o, l), 2, n),
    u8: (n) => next((b, o, l) => new Uint8Array(b, o, l), 1, n),
  };
}

/**
 * Throws unless term t's postings are offsets[t]..offsets[t+1] of `postings`, on documents below
 * `documents`. Plain loops: at 100× the corpus this reads 5 million postings at every start.
 */
export function checkPostings(what: string, offsets: Uint32Array, docs: Uint32Array, documents: number): void {
  let ordered = true;
  for (let t = 1; t < offsets.length; t++) if (offsets[t]! < offsets[t - 1]!) ordered = false;
  let largest = -1;
  for (let i = 0; i < docs.length; i++) if (docs[i]! > largest) largest = docs[i]!;
  if (!ordered || offsets[offsets.length - 1] !== docs.length || largest >= documents) throw new Error(`${what} are inconsistent`);
}
