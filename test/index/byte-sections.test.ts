import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSections, readSectionLayout, unpackSections } from '../../src/index/byte-sections.js';

const file = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('byte sections', () => {
  const sections = new Map([
    ['odd', Uint8Array.of(1, 2, 3)],
    ['doubles', new Uint8Array(Float64Array.of(0.5, -2).buffer)],
    ['empty', new Uint8Array(0)],
  ]);

  it('given sections of any length, then each reads back where a typed array can view it', () => {
    const read = unpackSections(file(packSections({ key: 'k' }, sections)));
    expect(read.meta).toEqual({ key: 'k' });
    expect([...read.get('odd')]).toEqual([1, 2, 3]);
    const doubles = read.get('doubles');
    expect(doubles.byteOffset % 8).toBe(0);
    expect([...new Float64Array(doubles.buffer, doubles.byteOffset, 2)]).toEqual([0.5, -2]);
    expect(read.get('empty').byteLength).toBe(0);
    expect(() => read.get('missing')).toThrow(/no missing/);
  });

  it('given a truncated, extended or foreign file, then reading throws', () => {
    const bytes = file(packSections(null, sections));
    expect(() => unpackSections(bytes.subarray(0, bytes.length - 8))).toThrow();
    expect(() => unpackSections(file([bytes, new Uint8Array(8)]))).toThrow();
    expect(() => unpackSections(new Uint8Array(16))).toThrow();
    expect(() => unpackSections(new Uint8Array(3))).toThrow();
  });

  it('given a packed file, then its layout read from the header alone places each section where unpacking finds it', () => {
    const bytes = file(packSections({ key: 'k' }, sections));
    const path = join(mkdtempSync(join(tmpdir(), 'qa-sections-')), 'sections.bin');
    writeFileSync(path, bytes);
    const fd = openSync(path, 'r');
    try {
      const layout = readSectionLayout(fd);
      expect(layout.meta).toEqual({ key: 'k' });
      const read = unpackSections(bytes);
      for (const name of sections.keys()) {
        const place = layout.sections.get(name)!;
        expect([...bytes.subarray(place.offset, place.offset + place.length)]).toEqual([...read.get(name)]);
      }
      writeFileSync(path, bytes.subarray(0, bytes.length - 1));
      expect(() => readSectionLayout(fd)).toThrow(/truncated/);
    } finally {
      closeSync(fd);
    }
  });
});
