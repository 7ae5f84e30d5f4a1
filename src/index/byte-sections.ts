import { fstatSync, readSync } from 'node:fs';
import { concatTyped } from './typed-bytes.js';

// Named byte sections in one file (index/prepared-dictionaries.ts): a JSON header naming each
// section and its length, then the sections, each starting at a multiple of 8 bytes so that any
// typed array can view it where it lies. Reading is a slice per section, no parsing.

const MAGIC = 0x53454331; // "SEC1"
const ALIGN = 8;

interface Header {
  meta: unknown;
  sections: Array<[name: string, bytes: number]>;
}

const padding = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;

/** The file's parts: magic and header length, the header, then each section padded to 8 bytes. */
export function packSections(meta: unknown, sections: ReadonlyMap<string, Uint8Array>): Uint8Array[] {
  const header: Header = { meta, sections: [...sections].map(([name, bytes]) => [name, bytes.byteLength]) };
  const json = Buffer.from(JSON.stringify(header));
  const parts: Uint8Array[] = [concatTyped([Uint32Array.of(MAGIC, json.byteLength)]), json, new Uint8Array(padding(json.byteLength))];
  for (const bytes of sections.values()) parts.push(bytes, new Uint8Array(padding(bytes.byteLength)));
  return parts;
}

export interface Sections {
  meta: unknown;
  /** The section of that name; throws when the file has none (a damaged or older file). */
  get(name: string): Uint8Array;
}

/** Where each section lies in a file of `size` bytes whose header is `header` ("truncated" or "damaged" when they disagree). */
function sectionPlaces(header: Header, headerBytes: number, size: number): Map<string, { offset: number; length: number }> {
  const places = new Map<string, { offset: number; length: number }>();
  let at = 8 + headerBytes + padding(headerBytes);
  for (const [name, length] of header.sections) {
    if (at + length > size) throw new Error('prepared data is truncated');
    places.set(name, { offset: at, length });
    at += length + padding(length);
  }
  if (at !== size) throw new Error('prepared data is damaged');
  return places;
}

/** Reads what packSections wrote; throws on anything else. */
export function unpackSections(file: Uint8Array): Sections {
  // Views need the file itself aligned; a fresh Buffer from readFileSync may sit in a shared pool.
  const bytes = file.byteOffset % ALIGN === 0 ? file : file.slice();
  if (bytes.byteLength < 8) throw new Error('prepared data is truncated');
  const [magic, headerBytes = 0] = new Uint32Array(bytes.buffer, bytes.byteOffset, 2);
  if (magic !== MAGIC || 8 + headerBytes > bytes.byteLength) throw new Error('prepared data is damaged');
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 8, headerBytes).toString()) as Header;
  const found = new Map<string, Uint8Array>();
  for (const [name, { offset, length }] of sectionPlaces(header, headerBytes, bytes.byteLength)) {
    found.set(name, bytes.subarray(offset, offset + length));
  }
  return {
    meta: header.meta,
    get(name) {
      const section = found.get(name);
      if (section === undefined) throw new Error(`prepared data has no ${name}`);
      return section;
    },
  };
}

export interface SectionLayout {
  meta: unknown;
  /** Each section's place in the file: byte offset and length. */
  sections: Map<string, { offset: number; length: number }>;
}

/**
 * Where packSections put each section of the file open as `fd`, read from its header alone: a
 * large file's sections are then read in pieces where they lie (text/word-vectors.ts reads
 * 100-byte rows of a 12 MB one). Throws on a file it did not write or a truncated one.
 */
export function readSectionLayout(fd: number): SectionLayout {
  const size = fstatSync(fd).size;
  const head = Buffer.alloc(8);
  if (size < 8 || readSync(fd, head, 0, 8, 0) !== 8) throw new Error('prepared data is truncated');
  const headerBytes = head.readUInt32LE(4);
  if (head.readUInt32LE(0) !== MAGIC || 8 + headerBytes > size) throw new Error('prepared data is damaged');
  const json = Buffer.alloc(headerBytes);
  readSync(fd, json, 0, headerBytes, 8);
  const header = JSON.parse(json.toString()) as Header;
  return { meta: header.meta, sections: sectionPlaces(header, headerBytes, size) };
}
