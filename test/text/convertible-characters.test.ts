import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { type Dictionary, mayConvertWith } from '../../src/text/convertible-characters.js';

describe('texts an OpenCC converter may change', () => {
  it('given a text holding the first character of a key that maps elsewhere, then it may change', () => {
    const mayConvert = mayConvertWith(['視訊 视频|說 说']);
    expect(mayConvert('视频會議說')).toBe(true);
    expect(mayConvert('開視訊')).toBe(true);
  });

  it('given keys that map to themselves, or characters inside keys only, then the text cannot change', () => {
    const mayConvert = mayConvertWith(['一家三口 一家三口|視訊 视频', [['台山', '台山']]]);
    expect(mayConvert('一家三口在台山')).toBe(false);
    expect(mayConvert('讯息')).toBe(false);
    expect(mayConvert('')).toBe(false);
  });

  it('given a key outside the BMP, then texts with its high surrogate may change', () => {
    const mayConvert = mayConvertWith([[['𠁞', '𠀾']]]);
    expect(mayConvert('甲𠁞')).toBe(true);
    expect(mayConvert('甲乙')).toBe(false);
  });

  it('given the Hong Kong to Simplified preset, then every text it calls unchangeable converts to itself', () => {
    const config = (OpenCC.Locale.configs as Record<string, { normalizationChain?: Dictionary[][]; conversionChain: Dictionary[][] }>).hk2s;
    expect(config).toBeDefined();
    const dictionaries = [...(config?.normalizationChain ?? []), ...(config?.conversionChain ?? [])].flat();
    const mayConvert = mayConvertWith(dictionaries);
    const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const kept: string[] = [];
    for (let code = 0x3400; code < 0xfb00; code++) {
      const char = String.fromCharCode(code);
      if (!mayConvert(char)) {
        expect(convert(char)).toBe(char);
        kept.push(char);
      }
    }
    // Runs of them too: phrase keys start with such characters only when they map to themselves.
    let seed = 7;
    const pick = () => {
      seed = (seed * 48271) % 0x7fffffff;
      return kept[seed % kept.length];
    };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 2 + (n % 9) }, pick).join('');
      expect(convert(text)).toBe(text);
    }
    expect(mayConvert('醫療物資')).toBe(true);
    expect(mayConvert('医疗物资')).toBe(false);
  });
});
