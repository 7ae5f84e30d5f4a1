// Saving and loading the English lexicon with the index cache. Loading validates the shape, so
// a stale or damaged cache file is reported as null (rebuild) instead of failing later.
import { ENGLISH_LEXICON_VERSION, type EnglishLexicon } from './lexicon.js';

export function serializeEnglishLexicon(lexicon: EnglishLexicon): string {
  return JSON.stringify(lexicon);
}

function isTable(value: unknown): value is Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'));
}

function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((item) => typeof item === 'string');
}

/** Accepts the JSON text or already-parsed data; null when it is not a lexicon of this version. */
export function parseEnglishLexicon(input: string | unknown): EnglishLexicon | null {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return null;
    }
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, words, acronyms, maxPhraseWords, synonyms, spellings, syllables, readings, nonEraWords } = data as Record<
    string,
    unknown
  >;
  if (synonyms !== undefined && !isTable(synonyms)) return null;
  if (spellings !== undefined && !isTable(spellings)) return null;
  if (syllables !== undefined && !isStringRecord(syllables)) return null;
  if (readings !== undefined && !isStringRecord(readings)) return null;
  if (nonEraWords !== undefined && !isStringRecord(nonEraWords)) return null;
  if (version !== ENGLISH_LEXICON_VERSION || !isTable(words) || !isTable(acronyms)) return null;
  if (typeof maxPhraseWords !== 'number' || !Number.isInteger(maxPhraseWords) || maxPhraseWords < 1) return null;
  return {
    version,
    words,
    acronyms,
    maxPhraseWords,
    synonyms: synonyms ?? {},
    spellings: spellings ?? {},
    syllables: syllables ?? {},
    readings: readings ?? {},
    nonEraWords: nonEraWords ?? {},
  };
}
