// The English → Chinese lexicon, built from CC-CEDICT (read backwards), the curated domain terms
// and the ISO country names, with ECDICT filling the words CC-CEDICT cannot translate
// (ecdict-fill.ts), restricted to Chinese words that occur in the corpus. Built when the index
// is (re)built and stored with it as JSON, so the bot never loads CEDICT at start.

import { characterSet } from '../../text/character-set.js';
import { type NonEraWords, nonEraWords } from '../era-names.js';
import { followPointers } from './cedict-references.js';
import { type CandidateTable, scoreCedictEntries } from './cedict-scoring.js';
import { type CedictData, readCedict } from './cedict-source.js';
import { contractedForms } from './contracted-forms.js';
import { type CorpusWords, indexCorpusWords, MAX_HEADWORD_LENGTH } from './corpus-words.js';
import { loadCountryNames } from './country-names.js';
import { DOMAIN_TERMS } from './domain-terms.js';
import { ecdictFills, ecdictMainSenses } from './ecdict-fill.js';
import type { EcdictTable } from './ecdict-source.js';
import { phraseKey } from './gloss.js';
import { type GlossCandidates, glossCandidates, glossSynonyms } from './gloss-synonyms.js';
import { tokenizeEnglish } from './lemma.js';
import { buildSyllableTable, type SyllableTable } from './pinyin-names.js';
import { spellingVariants } from './spelling-variants.js';

export const ENGLISH_LEXICON_VERSION = 1;

/** Plain JSON data: safe to serialise with JSON.stringify and to read back with parseEnglishLexicon. */
export interface EnglishLexicon {
  version: typeof ENGLISH_LEXICON_VERSION;
  /** Lemmatised English word or phrase ("bank", "video conference") → Chinese words, best first. */
  words: Record<string, string[]>;
  /** Acronyms matched only in capitals ("WHO", "EU") → Chinese words, best first. */
  acronyms: Record<string, string[]>;
  /** Chinese words the corpus never writes → corpus words of the same CEDICT sense (gloss-synonyms.ts). */
  synonyms?: Record<string, string[]>;
  /** Words the corpus writes → their other spellings it writes too (蛋塔 → 蛋挞: spelling-variants.ts). */
  spellings?: Record<string, string[]>;
  /** Pinyin syllable → corpus characters read that way, for names in pinyin (pinyin-names.ts). */
  syllables?: SyllableTable;
  /**
   * Pinyin syllable → every character CC-CEDICT reads that way, for the sound of a character a
   * user typed that the documents never use (武汗 for 武汉: spelling.ts). ~60 KB.
   */
  readings?: SyllableTable;
  /** Two-character words CC-CEDICT knows as no era's name (抗战, 建国), for a count of years typed to /date (era-names.ts). */
  nonEraWords?: NonEraWords;
  /** Longest phrase key, in words (bounds the longest-match scan). */
  maxPhraseWords: number;
}

/** At most this many Chinese candidates per English key, so one word cannot flood a query. */
export const MAX_CANDIDATES = 6;
/**
 * CEDICT candidates scoring below this are no translation at all: a word met in passing in a long
 * gloss or among several words of one (cedict-scoring.ts: a gloss word of a sense scores 0.1–1.1
 * times its length factor; one of four in a long gloss 0.1/4). "often" was 龙泉驿 (0.08), "water"
 * 成立 (0.07), "money" 方便 (0.08), wherever the documents write none of their plain translations.
 * Chosen on the open sets' 498 English /ask questions (Hit@1 320 → 321, Hit@3 413 → 412, MRR@10
 * 0.7365 → 0.7366; 0.15 lost 1 Hit@1) and forty-three English questions over four documents of
 * other genres (Hit@1 +2); a key left without candidates is filled by ECDICT (ecdict-fill.ts).
 */
const MIN_SCORE = 0.1;
/** CEDICT candidates scoring below this share of the best one are dropped. */
const RELATIVE_FLOOR = 0.3;

/** The form of a headword to search for: the one the corpus uses (simplified first). */
function corpusForm(forms: readonly string[], words: CorpusWords): string | null {
  return forms.find((form) => words.count(form) > 0) ?? null;
}

/** Curated keys (domain terms, countries): authoritative, they replace CEDICT's guesses. */
function curatedTables(words: CorpusWords): { words: Map<string, string[]>; acronyms: Map<string, string[]> } {
  const wordTable = new Map<string, string[]>();
  const acronymTable = new Map<string, string[]>();
  const add = (english: string, chinese: string): void => {
    if (words.count(chinese) === 0) return;
    const acronym = /^[A-Z][A-Z0-9]+$/.test(english);
    const table = acronym ? acronymTable : wordTable;
    const tokens = tokenizeEnglish(english);
    const only = tokens.length === 1 ? tokens[0] : undefined;
    // A single -ing/-ed word is also filed under its exact form, which queries try first.
    const keys = acronym ? [english] : [phraseKey(tokens.map((t) => t.lemma)), only?.form ?? ''];
    for (const key of keys) {
      if (key === '') continue;
      const list = table.get(key) ?? [];
      if (!list.includes(chinese)) list.push(chinese);
      table.set(key, list);
    }
  };
  for (const term of DOMAIN_TERMS) for (const en of term.en) for (const zh of term.zh) add(en, zh);
  for (const country of loadCountryNames()) for (const en of country.en) add(en, country.zh);
  return { words: wordTable, acronyms: acronymTable };
}

const isSingleChar = (word: string): boolean => Array.from(word).length === 1;

/**
 * Best-first candidates of one key: score order, a relative floor, a hard cap. Single
 * characters are kept only for a single word with nothing longer: as search terms they match
 * almost everywhere, and a phrase translated by one character is usually a grammatical sense.
 */
function rank(key: string, candidates: Map<string, number>): string[] {
  let pool = [...candidates.entries()].filter(([, score]) => score >= MIN_SCORE);
  if (key.includes(' ') || pool.some(([word]) => !isSingleChar(word))) pool = pool.filter(([word]) => !isSingleChar(word));
  const sorted = pool.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const best = sorted[0]?.[1] ?? 0;
  return sorted
    .filter(([, score]) => score >= best * RELATIVE_FLOOR)
    .slice(0, MAX_CANDIDATES)
    .map(([word]) => word);
}

/**
 * CC-CEDICT's candidates for a word stand when one of them is glossed with it as a whole sense
 * ("recover" for 恢复); that scores at least ~0.35 in cedict-scoring.ts (a single character's
 * length factor), while a word met only inside longer glosses ("container freight", "to be
 * discharged from hospital") scores at most 0.15 times a corpus prior of 1–1.5. Below this, ECDICT's
 * translations the corpus writes replace them (ecdict-fill.ts). Fitted on the open sets' 1,699
 * /ask questions: 0.15, 0.2 and 0.25 gave the same figures (Hit@1 1206 → 1210–1211, Hit@3
 * 1442 → 1444, MRR@10 0.7832 → 0.7849–0.7853); 0.1 gained 1 Hit@1, 0.35 and more lost some back;
 * putting ECDICT's first before CC-CEDICT's instead of replacing them gained less.
 */
const PLAIN_SENSE_SCORE = 0.2;

const bestScore = (candidates: ReadonlyMap<string, number> | undefined): number => (candidates ? Math.max(0, ...candidates.values()) : 0);

/** Sorted keys give a stable, diff-friendly JSON file. */
function sortedByKey(table: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function merge(curated: Map<string, string[]>, scored: CandidateTable): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, candidates] of scored) out.set(key, rank(key, candidates));
  for (const [key, list] of curated) out.set(key, list.slice(0, MAX_CANDIDATES));
  return sortedByKey(Object.fromEntries([...out.entries()].filter(([, list]) => list.length > 0)));
}

export interface BuildOptions {
  /** Path of cc-cedict's data/all.js when it is not found next to this module. */
  cedictDataPath?: string;
  /** Words the corpus writes beyond CC-CEDICT's (the corpus-restricted segmenter dictionary). */
  corpusWords?: readonly string[];
  /**
   * Occurrences in `corpusText` of every word of `vocabulary` (lexiconVocabulary) that occurs,
   * counted by one scan for the whole build; that scan also counted ECDICT's translations
   * (ecdictTranslations), which are read from `counts` alone.
   */
  counted?: { vocabulary: readonly string[]; counts: ReadonlyMap<string, number> };
  /**
   * CC-CEDICT and its gloss candidates as prepared once per install (index/prepared-dictionaries.ts);
   * read here when absent. ECDICT only comes prepared (reading its CSV takes seconds): without it,
   * nothing is filled.
   */
  prepared?: { cedict: CedictData; glossCandidates: GlossCandidates; ecdict?: EcdictTable };
}

/** `first`, and `then`'s entries for the words `first` has none for. */
function fillTable(first: Record<string, string[]>, then: Record<string, string[]>): Record<string, string[]> {
  return { ...then, ...first };
}

/** The Chinese words whose corpus counts the lexicon reads: CC-CEDICT's headwords, the domain terms', the countries'. */
export function lexiconVocabulary(cedict: CedictData): string[] {
  const words: string[] = [];
  // A loop, not flatMap: 124k headword pairs would each be an array.
  for (const { simplified, traditional } of cedict.heads) {
    if (simplified.length <= MAX_HEADWORD_LENGTH) words.push(simplified);
    if (traditional.length <= MAX_HEADWORD_LENGTH) words.push(traditional);
  }
  return [...words, ...DOMAIN_TERMS.flatMap((term) => term.zh), ...loadCountryNames().map((country) => country.zh)];
}

export function buildEnglishLexicon(corpusText: string, options: BuildOptions = {}): EnglishLexicon {
  const cedict = options.prepared?.cedict ?? readCedict(options.cedictDataPath);
  const { counted } = options;
  const words = counted
    ? indexCorpusWords(corpusText, counted.vocabulary, counted.counts)
    : indexCorpusWords(corpusText, lexiconVocabulary(cedict));
  const occurs = (headword: string): boolean => headword.length <= MAX_HEADWORD_LENGTH && words.count(headword) > 0;
  const entries = followPointers(
    cedict.heads.filter((h) => occurs(h.simplified) || occurs(h.traditional)).flatMap((h) => cedict.entry(h) ?? []),
    cedict,
  );
  const scored = scoreCedictEntries(entries, words, (forms) => corpusForm(forms, words));
  const curated = curatedTables(words);
  const translated = merge(curated.words, scored.words);
  const ecdict = options.prepared?.ecdict;
  // Half a million ECDICT translations: looked up in the scan's counts, not added to `words`' table.
  const written = counted ? (chinese: string) => counted.counts.has(chinese) : (chinese: string) => words.count(chinese) > 0;
  const plain = (key: string) => curated.words.has(key) || bestScore(scored.words.get(key)) >= PLAIN_SENSE_SCORE;
  // A part of a compound is a word when CC-CEDICT has it as a headword of two characters.
  const pairWords = new Set(cedict.heads.map((h) => h.simplified).filter((w) => w.length === 2));
  const isWord = (chinese: string) => pairWords.has(chinese);
  const fills = ecdict
    ? ecdictFills(ecdict, (key) => Object.hasOwn(translated, key) && plain(key), written, {
        isWord,
        untranslated: (key) => !Object.hasOwn(translated, key),
      })
    : new Map<string, string[]>();
  if (ecdict) {
    const plainly = (key: string) => (Object.hasOwn(translated, key) && plain(key) ? translated[key] : undefined);
    for (const [key, main] of ecdictMainSenses(ecdict, plainly, written)) {
      translated[key] = [...(translated[key] ?? []), main].slice(0, MAX_CANDIDATES);
    }
  }
  const lexiconWords = sortedByKey({ ...translated, ...Object.fromEntries(fills) });
  const acronyms = merge(curated.acronyms, scored.acronyms);
  const maxPhraseWords = Math.max(1, ...Object.keys(lexiconWords).map((key) => key.split(' ').length));
  const presentHeads = cedict.heads.map((h) => h.simplified).filter((w) => occurs(w));
  const contracted = contractedForms(
    cedict.heads.map((h) => h.simplified),
    [...presentHeads, ...(options.corpusWords ?? [])],
    words,
  );
  // A sense shared in CC-CEDICT is the stronger evidence; contractions stand only for words it gives none.
  const synonyms = fillTable(glossSynonyms(options.prepared?.glossCandidates ?? glossCandidates(cedict), words), contracted);
  const spellings = spellingVariants(cedict, occurs);
  const syllables = buildSyllableTable(cedict.heads, characterSet(corpusText));
  const readings = buildSyllableTable(cedict.heads, () => true);
  return {
    version: ENGLISH_LEXICON_VERSION,
    words: lexiconWords,
    acronyms,
    maxPhraseWords,
    synonyms,
    spellings,
    syllables,
    readings,
    nonEraWords: nonEraWords(cedict),
  };
}
