import type { Logger } from 'pino';
import { type EnglishLexicon, isEnglishQuery, type TranslateOptions, translateEnglishQuery } from '../query/english/index.js';
import type { EnglishTranslator } from './services.js';

/** English questions → Chinese terms, from the lexicon saved with the index (none: no translation). */
export function englishTranslator(lexicon: EnglishLexicon | null, options: TranslateOptions = {}, log?: Logger): EnglishTranslator {
  if (!lexicon) log?.warn('saved index has no usable English lexicon; English questions will not be translated');
  return (question) => (lexicon && isEnglishQuery(question) ? translateEnglishQuery(question, lexicon, options) : null);
}
