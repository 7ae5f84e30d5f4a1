import type { Logger } from 'pino';
import { buildEnglishLexicon, type EnglishLexicon } from '../query/english/lexicon.js';
import { isEnglishQuery, translateEnglishQuery } from '../query/english/translate.js';
import { detectCountries } from '../geo/detect-countries.js';
import type { Segmenter } from '../text/segmenter.js';
import type { EnglishTranslator } from './services.js';

// The language features built with the index and used by the answers: the English lexicon and
// country detection. Kept in one place so the engine's build and load paths wire them alike.

export const englishFeatures = {
  build: (corpusText: string): EnglishLexicon => buildEnglishLexicon(corpusText),
  translator(saved: unknown, log?: Logger): EnglishTranslator {
    const lexicon = isLexicon(saved) ? saved : null;
    if (!lexicon) log?.warn('saved index has no usable English lexicon; English questions will not be translated');
    return (question) => (lexicon && isEnglishQuery(question) ? translateEnglishQuery(question, lexicon) : null);
  },
};

function isLexicon(value: unknown): value is EnglishLexicon {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.words === 'object' && v.words !== null && typeof v.acronyms === 'object' && v.acronyms !== null;
}

export const countryFeatures = {
  /** Countries of a sentence, segmented with the project's dictionary; `context` is its entry's text. */
  detect: (text: string, segmenter: Segmenter, context?: string): string[] =>
    detectCountries(text, { segment: segmenter.cut, ...(context ? { context } : {}) }),
};
