import type { Logger } from 'pino';
import { buildEnglishLexicon, isEnglishQuery, parseEnglishLexicon, translateEnglishQuery, type EnglishLexicon } from '../query/english/index.js';
import { detectCountries } from '../geo/detect-countries.js';
import type { Segmenter } from '../text/segmenter.js';
import type { EnglishTranslator } from './services.js';

// The language features built with the index and used by the answers: the English lexicon and
// country detection. Kept in one place so the engine's build and load paths wire them alike.

export const englishFeatures = {
  build: (corpusText: string): EnglishLexicon => buildEnglishLexicon(corpusText),
  translator(saved: unknown, log?: Logger): EnglishTranslator {
    const lexicon = parseEnglishLexicon(saved);
    if (!lexicon) log?.warn('saved index has no usable English lexicon; English questions will not be translated');
    return (question) => (lexicon && isEnglishQuery(question) ? translateEnglishQuery(question, lexicon) : null);
  },
};

export const countryFeatures = {
  /** Countries of a sentence, segmented with the project's dictionary; `context` is its entry's text. */
  detect: (text: string, segmenter: Segmenter, context?: string): string[] =>
    detectCountries(text, { segment: segmenter.cut, ...(context ? { context } : {}) }),
};
