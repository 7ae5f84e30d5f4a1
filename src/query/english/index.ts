// English questions → Chinese query terms: build the lexicon with the index, translate at query time.
export {
  type BuildOptions,
  buildEnglishLexicon,
  ENGLISH_LEXICON_VERSION,
  type EnglishLexicon,
  lexiconVocabulary,
  MAX_CANDIDATES,
} from './lexicon.js';
export { parseEnglishLexicon, serializeEnglishLexicon } from './lexicon-json.js';
export { readingsByCharacter } from './pinyin-names.js';
export {
  type EnglishTranslation,
  interleave,
  isEnglishQuery,
  type TermGroup,
  type TranslateOptions,
  translateEnglishQuery,
} from './translate.js';
