// English questions → Chinese query terms: build the lexicon with the index, translate at query time.
export { buildEnglishLexicon, ENGLISH_LEXICON_VERSION, MAX_CANDIDATES, type BuildOptions, type EnglishLexicon } from './lexicon.js';
export { parseEnglishLexicon, serializeEnglishLexicon } from './lexicon-json.js';
export { isEnglishQuery, translateEnglishQuery, type EnglishTranslation, type TermGroup } from './translate.js';
