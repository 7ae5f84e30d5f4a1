import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../src/geo/resolve-country.js';
import { suggestCountries } from '../../src/geo/suggest-countries.js';

// Passage counts shaped like the corpus's (China everywhere, WHO often, a few countries several times).
const available = [
  { code: 'CN', count: 300 },
  { code: 'org:who', count: 60 },
  { code: 'US', count: 20 },
  { code: 'IT', count: 12 },
  { code: 'region:eu', count: 9 },
  { code: 'KR', count: 8 },
  { code: 'FR', count: 7 },
  { code: 'IR', count: 6 },
  { code: 'RU', count: 4 },
  { code: 'IQ', count: 1 },
  { code: 'MZ', count: 1 },
];
const values = (typed: string, limit?: number): string[] => suggestCountries(typed, available, limit).map((c) => c.value);

describe('suggestCountries', () => {
  // What /country reads a name as is what the first choice offers: a demonym is its country.
  it.each([
    ['korean', '韩国'],
    ['Americans', '美国'],
    ['French', '法国'],
    ['italian', '意大利'],
  ])('given the demonym %j typed whole, then its country is offered first', (typed, place) => {
    expect(values(typed)[0]).toBe(place);
  });

  it('given the whole name of a place the documents do not mention (朝鲜), then no place whose name only contains it (南朝鲜 is 韩国)', () => {
    expect(resolveCountry('朝鲜')).toMatchObject({ kind: 'country', code: 'KP' });
    expect(values('朝鲜')).toEqual([]);
  });

  it('given a whole name, then its place comes first, before places whose names only begin with it', () => {
    expect(values('中国')[0]).toBe('中国');
    expect(values('ita')).toEqual(['意大利']);
  });

  it('given nothing typed then the most mentioned come first (ties in pinyin order), each with its English name and count', () => {
    const choices = suggestCountries('', available);
    expect(choices.map((c) => c.value)).toEqual([
      '中国',
      '世界卫生组织',
      '美国',
      '意大利',
      '欧盟',
      '韩国',
      '法国',
      '伊朗',
      '俄罗斯',
      '莫桑比克',
      '伊拉克',
    ]);
    // Counted in sentences, as /country's answer counts them (条 counts chronicle entries).
    expect(choices[3]).toEqual({ name: '意大利 Italy · 12句', value: '意大利' });
    expect(suggestCountries('', available, 25, 'en')[3]).toEqual({ name: 'Italy · 12 sentences', value: 'Italy' });
  });
  it.each([
    ['意', ['意大利']],
    ['義', ['意大利']],
    ['ita', ['意大利']],
    ['Ital', ['意大利']],
    ['法', ['法国']],
    ['fr', ['法国']],
    ['法方', ['法国']],
    ['中法', ['法国']],
    ['moz', ['莫桑比克']],
    ['世卫', ['世界卫生组织']],
    ['WHO', ['世界卫生组织']],
    ['欧', ['欧盟']],
  ])('given %s then %j is offered', (typed, expected) => {
    expect(values(typed)).toEqual(expected);
  });
  it('given a flag emoji then its country is offered, and only it (IT inside United States is no match)', () => {
    expect(values('🇮🇹')).toEqual(['意大利']);
    // A flag of a union is one of its names (EU), not an ISO code.
    expect(values('🇪🇺')).toEqual(['欧盟']);
  });
  it("given several flags side by side then each one's country is offered, in the order typed", () => {
    expect(values('🇺🇸🇮🇹')).toEqual(['美国', '意大利']);
    expect(values('🇮🇹🇮🇹')[0]).toBe('意大利');
  });
  it('given a prefix of several names then all are offered by count', () => {
    expect(values('伊')).toEqual(['伊朗', '伊拉克']);
  });
  it('given a prefix match and a substring match then the prefix match comes first whatever the counts', () => {
    // "i": Italy/Iran/Iraq start with it; China, United States… only contain it.
    const offered = values('i');
    expect(offered.slice(0, 3)).toEqual(['意大利', '伊朗', '伊拉克']);
    expect(offered).toContain('中国');
  });
  it('given 中 then the single character does not match every 中X short form', () => {
    const offered = values('中');
    expect(offered[0]).toBe('中国');
    for (const paired of ['法国', '意大利', '韩国', '美国', '俄罗斯']) expect(offered).not.toContain(paired);
  });
  it('given a country absent from the list then it is not offered', () => {
    expect(values('澳大利亚')).toEqual([]);
  });
  it('given a limit then at most that many are offered', () => {
    expect(values('', 3)).toHaveLength(3);
    expect(
      suggestCountries(
        '',
        Array.from({ length: 40 }, (_, i) => ({ code: ['DE', 'JP', 'ES', 'GB', 'EG'][i % 5] ?? 'DE', count: i })),
      ),
    ).toHaveLength(25);
  });
  it('given any offered value then resolving it gives back the same entity', () => {
    const codes = new Set(available.map((a) => a.code));
    const resolved = suggestCountries('', available).map((choice) => {
      const r = resolveCountry(choice.value);
      return r.kind === 'country' ? r.code : r.kind === 'region' ? r.id : r.kind;
    });
    expect(resolved.every((id) => codes.has(id))).toBe(true);
    expect(new Set(resolved).size).toBe(resolved.length);
  });
  it('property: never throws and never exceeds the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => suggestCountries(s, available).length <= 25),
      { numRuns: 300 },
    );
  });
});
