import countries from 'i18n-iso-countries';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { detectCountries } from '../../src/geo/detect-countries.js';
import { entityById, gazetteer } from '../../src/geo/gazetteer.js';
import { lookupNames } from '../../src/geo/name-index.js';
import { resolveCountry } from '../../src/geo/resolve-country.js';
import { realSegmenter } from '../support/tokenizer.js';

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The code a name resolves to, or the resolution's kind when it is no single country. */
const resolvedCode = (name: string): string => {
  const resolution = resolveCountry(name);
  return resolution.kind === 'country' ? resolution.code : resolution.kind;
};

describe('gazetteer', () => {
  const { entities } = gazetteer();
  const isoCodes = Object.keys(countries.getAlpha2Codes());

  it('given the ISO 3166-1 list then every code is a country entity', () => {
    expect(isoCodes.length).toBeGreaterThanOrEqual(249);
    for (const code of isoCodes) expect(entityById(code)?.kind, code).toBe('country');
  });

  it('given any country then it has a Chinese display name, an English name and a Traditional form', () => {
    for (const code of isoCodes) {
      const entity = entityById(code);
      expect(entity && hasHan(entity.name), code).toBe(true);
      expect(entity?.english, code).toMatch(/[A-Za-z]/);
      expect(
        entity?.names.some((n) => /[A-Za-z]/.test(n)),
        code,
      ).toBe(true);
      expect(entity?.names, code).toContain(toTaiwan(entity?.name ?? ''));
    }
  });

  it.each([
    ['IT', '義大利'],
    ['NZ', '紐西蘭'],
    ['KR', '韓國'],
    ['RU', '俄羅斯'],
    ['SA', '沙烏地阿拉伯'],
    ['RS', '塞爾維亞'],
    ['US', '美國'],
    ['GB', '英國'],
  ])('given %s then its Traditional name %s is known (from OpenCC, not typed by hand for most)', (code, name) => {
    expect(entityById(code)?.names).toContain(name);
  });

  it('given every display name then display names are unique and resolve back to their entity', () => {
    const names = entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entity of entities) {
      const resolved = resolveCountry(entity.name);
      const id = resolved.kind === 'country' ? resolved.code : resolved.kind === 'region' ? resolved.id : resolved.kind;
      expect(id, entity.name).toBe(entity.id);
    }
  });

  it('given the regions and organisations of the corpus then they are entities with ids', () => {
    for (const id of [
      'region:eu',
      'region:asean',
      'region:africa',
      'region:cee',
      'region:lac',
      'region:pacific-islands',
      'org:who',
      'org:g20',
      'org:sco',
      'org:brics',
    ]) {
      expect(entityById(id)?.kind, id).toBe('region');
    }
    // The chronicle speaks of 17 中东欧 countries and 10 南太平洋岛国 in 2020.
    expect(entityById('region:cee')?.members).toHaveLength(17);
    expect(entityById('region:pacific-islands')?.members).toHaveLength(10);
    expect(entityById('region:eu')?.members).toHaveLength(27);
    for (const region of entities.filter((e) => e.kind === 'region')) {
      for (const member of region.members) expect(entityById(member)?.kind, `${region.id} ${member}`).toBe('country');
    }
  });

  it('given a region or organisation then its display name is Chinese, written or from CC-CEDICT, and resolves to it', () => {
    for (const region of entities.filter((e) => e.kind === 'region')) {
      expect(hasHan(region.name), region.id).toBe(true);
      expect(region.names, region.id).toContain(toTaiwan(region.name));
    }
    // regions.ts writes no Chinese name for these: CC-CEDICT's entry whose main sense is the English one gives it.
    expect(entityById('org:world-bank')?.name).toBe('世界银行');
    expect(resolvedCode('世界银行')).toBe('region');
  });
});

describe('gazetteer names from CC-CEDICT', () => {
  // Names the ISO list and OpenCC never produce, but CC-CEDICT gives as an entry's main sense:
  // a Taiwan transliteration typed in Simplified script, a short name, a former name.
  it.each([
    ['肯亚', 'KE'],
    ['马尔他', 'MT'],
    ['大马', 'MY'],
    ['蒙特内哥罗', 'ME'],
    ['锡兰', 'LK'],
  ])('given %s then it resolves to %s', (name, code) => {
    expect(resolvedCode(name)).toBe(code);
  });

  it('given a two-character CC-CEDICT name inside a longer word of running text then it is no mention', () => {
    const detect = (text: string) => detectCountries(text, { segment: realSegmenter().cut });
    // 大马 is Malaysia when typed whole, but in running text it begins 大马士革 (Damascus).
    expect(resolvedCode('大马')).toBe('MY');
    expect(detect('叙利亚首都大马士革的医院收到了物资')).toEqual(['SY']);
    // Longer CC-CEDICT names are distinctive and count in running text too.
    expect(detect('中方向肯尼亚和马尔他提供了援助')).toEqual(['KE', 'MT']);
  });

  it('given a word that names a country only in a secondary sense then it is no name of it', () => {
    // 中 is "China" after "middle", and one-character words are never taken.
    expect(entityById('CN')?.names).not.toContain('中');
    expect(gazetteer().entities.filter((e) => e.names.includes('中华'))).toHaveLength(0);
  });
});

describe('gazetteer names in other languages', () => {
  // A user of an international server may name a country in French, German, Italian, Spanish,
  // Portuguese or Dutch, or by its own name.
  it.each([
    ['Allemagne', 'DE'],
    ['Spanien', 'ES'],
    ['Brasil', 'BR'],
    ['Giappone', 'JP'],
    ['Marokko', 'MA'],
  ])('given %s then it resolves to %s', (name, code) => {
    expect(resolvedCode(name)).toBe(code);
  });

  it('given the names added from CC-CEDICT and other languages then none belongs to two entities unless the ISO English list has it so', () => {
    // lookupNames() marks a name claimed by two entities as ambiguous (null); only "Congo", which
    // the ISO list itself gives to both Congos, may be.
    const ambiguous = [...lookupNames().ids].filter(([, id]) => id === null).map(([name]) => name);
    expect(ambiguous).toEqual(['congo']);
  });
});
