import * as OpenCC from 'opencc-js/t2cn';
import { type Dictionary, mayConvertWith } from './convertible-characters.js';
import { withoutAccents, withoutNameMarks } from './latin-accents.js';

// Documents and queries go through the same normalisation before tokenizing:
// NFKC folds full-width digits/letters (３月１８日 → 3月18日), Latin is lower-cased, and
// Traditional Chinese is converted to Simplified. The verbatim text shown to users is never touched.

// Converters are built on first use: building them parses OpenCC's dictionaries (~30 ms), which
// start-up from a saved index does not need.
type Convert = (text: string) => string;
let converters: {
  characters: Convert;
  charactersMayConvert: (text: string) => boolean;
  hongKongForms: Convert;
  taiwanPhrases: Convert;
} | null = null;

/** The dictionaries `characters` below converts with (opencc-js's hk → cn preset), normalisation included. */
function hongKongToSimplifiedDictionaries(): Dictionary[] | null {
  type Chains = { normalizationChain?: readonly (readonly Dictionary[])[]; conversionChain: readonly (readonly Dictionary[])[] };
  const config = (OpenCC.Locale.configs as Record<string, Chains | undefined>).hk2s;
  return config ? [...(config.normalizationChain ?? []), ...config.conversionChain].flat() : null;
}

function mayConvertOrAlways(dictionaries: Dictionary[] | null): (text: string) => boolean {
  return dictionaries ? mayConvertWith(dictionaries) : () => true;
}

function openCC() {
  converters ??= {
    // Whether `characters` can change a text (always, should the preset not be where it is read).
    charactersMayConvert: mayConvertOrAlways(hongKongToSimplifiedDictionaries()),
    // From Hong Kong forms: a superset of the character conversion that also folds HK variants
    // (世衞 → 世卫, 衞健委 → 卫健委), which the plain Traditional table leaves as they are.
    characters: OpenCC.Converter({ from: 'hk', to: 'cn' }),
    // Phrase-aware Taiwan conversion (視訊 → 视频, 紐西蘭 → 新西兰, 義大利 → 意大利). It also rewrites some
    // words that are valid in Simplified (新增 → 添加), so it only ever runs on text detected as
    // Traditional, and its output is used *alongside* the character-level conversion, never instead.
    taiwanPhrases: OpenCC.Converter({ from: 'twp', to: 'cn' }),
    // Hong Kong variants as standard Traditional, for the Taiwan phrase table (which knows only those).
    hongKongForms: OpenCC.Converter({ from: 'hk', to: 't' }),
  };
  return converters;
}

/** Width, case and accent folding only (latin-accents.ts), each character folded to one. */
export function foldWidthAndCase(text: string): string {
  return withoutAccents(withoutNameMarks(text).normalize('NFKC').toLowerCase());
}

/**
 * The Simplified forms to tokenize: one for Simplified input, up to two for Traditional input
 * (character-level and phrase-level conversion), so that both 新增 and 視訊→视频 are found.
 */
export function simplifiedVariants(text: string): string[] {
  const folded = foldWidthAndCase(text);
  const { characters, charactersMayConvert, hongKongForms, taiwanPhrases } = openCC();
  if (!charactersMayConvert(folded)) return [folded];
  const simplified = characters(folded);
  if (simplified === folded) return [folded];
  const phrased = taiwanPhrases(hongKongForms(folded));
  return phrased === simplified ? [simplified] : [simplified, phrased];
}

/** The single best Simplified form (phrase-aware when Traditional), for display and matching. */
export function toSimplified(text: string): string {
  const variants = simplifiedVariants(text);
  return variants[variants.length - 1] ?? '';
}
