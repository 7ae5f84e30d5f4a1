import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringBlockBytes, stringBlockFromBytes } from '../../src/index/string-block.js';

// Strings saved as one block must read back exactly (any code unit, lone surrogates included),
// each alone and consecutive ones joined; damaged bytes throw instead of giving other strings.

const codeUnits = (max: number) => fc.array(fc.integer({ min: 0, max }), { maxLength: 12 }).map((units) => String.fromCharCode(...units));
const strings = fc.array(fc.oneof(codeUnits(0xff), codeUnits(0xffff), fc.string()), { maxLength: 20 });

const roundTrip = (list: string[]) => stringBlockFromBytes(stringBlockBytes(list), 'test strings');

describe('strings saved as one block', () => {
  it('given any strings, then each reads back exactly, and any run of them joined', () => {
    fc.assert(
      fc.property(strings, fc.nat(), fc.nat(), (list, a, b) => {
        const block = roundTrip(list);
        expect(block.count).toBe(list.length);
        expect(list.map((_, i) => block.get(i))).toEqual(list);
        const [from, to] = [a % (list.length + 1), b % (list.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(block.joined(from, to)).toBe(list.slice(from, to).join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('given Latin-1 strings, then they take a byte a character; others two', () => {
    expect(stringBlockBytes(['abc', 'é']).byteLength).toBe(4 * 4 + 3 * 4 + 4);
    expect(stringBlockBytes(['abc', '中']).byteLength).toBe(4 * 4 + 3 * 4 + 8);
  });

  it('given a string out of range or damaged bytes, then it throws', () => {
    const bytes = stringBlockBytes(['甲乙', '丙']);
    const block = stringBlockFromBytes(bytes, 'test strings');
    for (const bad of [() => block.get(2), () => block.get(-1), () => block.joined(1, 0), () => block.joined(0, 3)]) expect(bad).toThrow();
    expect(() => stringBlockFromBytes(bytes.subarray(0, bytes.length - 2), 'test strings')).toThrow();
    const disordered = bytes.slice();
    new DataView(disordered.buffer).setUint32(16 + 4, 4, true);
    expect(() => stringBlockFromBytes(disordered, 'test strings')).toThrow(/inconsistent/);
    const wrongMagic = bytes.slice();
    wrongMagic[0]! ^= 1;
    expect(() => stringBlockFromBytes(wrongMagic, 'test strings')).toThrow(/damaged/);
  });
});
