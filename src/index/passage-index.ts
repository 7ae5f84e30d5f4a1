import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { memoized, once } from '../core/lazy.js';
import type { Corpus, Passage } from '../core/types.js';
import type { Tokens } from '../text/tokenizer.js';
import { bestSentences } from './best-sentences.js';
import { type BigramPostings, BigramPostingsBuilder, bigramPostingsFromBytes } from './bigram-postings.js';
import { CharacterFrequencyBuilder } from './character-frequency.js';
import { MiniSearchBuilder } from './minisearch-builder.js';
import { miniSearchPostings, type TermPostings } from './minisearch-postings.js';
import { restoreMiniSearch } from './minisearch-restore.js';
import { savedWordsOf } from './minisearch-saved-words.js';
import { type LazyPlainObject, lazyPlainObject } from './minisearch-terms.js';
import { numberPassages, type PassageNumbers } from './passage-numbers.js';
import { ALWAYS_POSTINGS_BUDGET, withinPostingsBudget } from './postings-budget.js';
import { mergedRows, type Searched, type SentenceMatches, sentenceMatches } from './sentence-matches.js';
import { type FieldStatistics, type FieldSums, TermAccumulator } from './term-accumulator.js';
import { MERGE_MAX_TERMS, mergeTerms } from './term-merge.js';
import { TermScoreCache } from './term-scores.js';
import type { TopSentences } from './top-sentences.js';
import { isSavedWords, type SavedWords, wordPostingsFromSaved } from './word-postings.js';

// The index of sentences: each passage's own jieba words (MiniSearch) and character bigrams
// (bigram-postings.ts), scored separately so that ranking can weigh them (ranking-weights.ts).
// Words are the precise signal (a shared word is a shared concept); bigrams recover paraphrases
// and names jieba cuts differently in a question and in the corpus (卫健委 vs 卫生健康委). BM25's
// IDF makes rare pairs count, common ones fade. Retrieval units (units.ts) are scored from these
// sentence scores (ranked-search.ts), so they need no index of their own.
// Bigrams live in typed arrays rather than in MiniSearch: they are two thirds of the postings,
// and MiniSearch's Map per posting made them most of the memory and start-up time at scale.
// Terms are produced by our tokenizer before MiniSearch sees them, so MiniSearch only splits on
// the separator below and does no case folding of its own.

const SEPARATOR = '\u0001';

interface IndexedText {
  id: string;
  words: string;
}

const OPTIONS: Options<IndexedText> = {
  idField: 'id',
  fields: ['words'],
  storeFields: [],
  tokenize: (text) => text.split(SEPARATOR).filter(Boolean),
  processTerm: (term) => term,
  searchOptions: { prefix: false, fuzzy: false, combineWith: 'OR' },
};
export interface QueryTerms {
  words: string[];
  bigrams: string[];
  /**
   * Words searched however common they are and however many postings they have: /search's
   * keywords as typed (a sentence writing one of them is a result, and is counted).
   */
  always?: readonly string[];
}

export interface PassageIndex {
  /** How informative a term is: log(1 + N / (df + 0.5)); a term the corpus never contains is the most informative. */
  idf(term: string): number;
  /** Passages whose words or bigrams contain the term. */
  frequency(term: string): number;
  /** The words (jieba's) the passages are indexed under, once each: what the documents write, for spelling suggestions. */
  vocabulary(): readonly string[];
  /** IDF of a single Han character (over passages' words and bigrams); 0 for a character the corpus never has. */
  characterIdf(character: string): number;
  /** The query terms a search uses: without those common enough to be noise (see below). */
  distinctive(terms: QueryTerms): QueryTerms;
  /** Every sentence sharing a distinctive term with the query. */
  sentences(terms: QueryTerms): SentenceMatches;
  /**
   * The `enough` sentences of `sentences(terms)` that score best (words + bigrams, ties in index
   * order) among those whose terms `keep`, found without summing them all (top-sentences.ts);
   * null when the query has no term or more than 16, and then `sentences` is the way.
   */
  bestSentences(terms: QueryTerms, enough: number, keep: (terms: string[]) => boolean): TopSentences | null;
  /** The passages as the index numbers them (the library's lookups share this numbering). */
  numbers: PassageNumbers;
  toJSON(): SavedPassageIndex;
}

/** What is saved: the MiniSearch index of words, their document frequencies and the bigram postings. */
export interface SavedPassageIndex {
  /** MiniSearch's own JSON when just built; its postings (word-postings.ts) when read from a file. */
  minisearch: LazyPlainObject | SavedWords;
  /** Word → number of passages whose words contain it. */
  wordFrequency: Record<string, number>;
  /** BigramPostings.toBytes(). */
  bigrams: Uint8Array;
  /** Character → number of passages whose words or bigrams contain it (character-frequency.ts). */
  characters: Record<string, number>;
}

/**
 * Terms found in more than this share of passages (疫情, 防控, 中国) are left out of queries: their
 * BM25 weight is near zero, yet scoring them walks most of the index and dominated query time.
 * A query made only of such terms keeps them.
 */
export const COMMON_TERM_SHARE = 0.15;
/**
 * ...and in more passages than this: walking a few dozen postings costs nothing, and in a small
 * corpus (a user's three news files, 13 sentences) 15% is two sentences, so every word written
 * twice was dropped from /search and /ask (`/search 沙尘 口罩` then said no result held 沙尘).
 * At the real corpus (757 passages) the share's 113 passages is the bound, as before.
 */
export const COMMON_TERM_MIN_COUNT = 50;

/** The most passages a term may be found in and still be searched, for a corpus of `passages`. */
export const commonTermBound = (passages: number): number => Math.max(COMMON_TERM_MIN_COUNT, passages * COMMON_TERM_SHARE);

/** Terms whose frequency and postings are remembered, at most: more, and the memory is cleared. */
const REMEMBERED_TERMS = 20_000;

/** Passages in index order (document numbers of the bigram postings), each id once. */
export function indexedPassages(corpus: Corpus): Passage[] {
  return numberPassages(corpus).passages;
}

export function buildPassageIndex(corpus: Corpus, tokensOf: (passage: Passage) => Tokens): PassageIndex {
  const numbers = numberPassages(corpus);
  const { passages } = numbers;
  const wordIndex = new MiniSearchBuilder<IndexedText>(OPTIONS);
  const bigrams = new BigramPostingsBuilder();
  const characters = new CharacterFrequencyBuilder();
  // One passage at a time: a large corpus never holds every passage's tokens at once.
  for (const passage of passages) {
    const tokens = tokensOf(passage);
    // OPTIONS.tokenize of the words joined by SEPARATOR gives them back: a word is never empty
    // and never holds U+0001 (jieba cuts it off as a token of its own, without letters or digits).
    wordIndex.addTokens(passage.id, tokens.words);
    bigrams.add(tokens.bigrams);
    characters.add(tokens.words, tokens.bigrams);
  }
  // The passages having each word are its MiniSearch documents (the words are its terms).
  const wordFrequency = wordIndex.documentFrequencies();
  return wrap(wordIndex.finish(), wordFrequency, bigrams.finish(), characters.finish(), numbers);
}

export function loadPassageIndex(saved: SavedPassageIndex, corpus: Corpus): PassageIndex {
  const bigrams = bigramPostingsFromBytes(saved.bigrams);
  // The postings count the corpus's distinct passages (checked just below).
  const numbers = numberPassages(corpus, bigrams.documentCount);
  const { passages } = numbers;
  if (bigrams.documentCount !== passages.length) throw new Error('saved bigram postings do not match the corpus');
  const postings = isSavedWords(saved.minisearch) ? wordPostingsFromSaved(saved.minisearch) : null;
  const words = postings
    ? restoreMiniSearch<IndexedText>(
        postings,
        passages.map((p) => p.id),
        OPTIONS,
      )
    : // loadJS only iterates the terms, so a lazy iterable serves as well as the array.
      MiniSearch.loadJS<IndexedText>(saved.minisearch as AsPlainObject, OPTIONS);
  return wrap(words, saved.wordFrequency, bigrams, saved.characters, numbers, postings?.lengths);
}

function wrap(
  wordIndex: MiniSearch<IndexedText>,
  wordFrequency: Record<string, number>,
  bigrams: BigramPostings,
  characters: Record<string, number>,
  numbers: PassageNumbers,
  wordLengths?: Uint32Array,
): PassageIndex {
  const { passages } = numbers;
  const documentCount = passages.length;
  const wordPostings = miniSearchPostings(wordIndex as unknown as MiniSearch<never>, wordLengths);
  if (wordPostings.statistics.documentCount !== documentCount) throw new Error('word index does not match the corpus');
  const wordSums = new TermAccumulator(wordPostings.statistics);
  const bigramSums = new TermAccumulator(bigrams.statistics);
  const wordScores = new TermScoreCache(wordPostings.statistics);
  const bigramScores = new TermScoreCache(bigrams.statistics);
  // A two-character word is also a bigram: its passages are (almost always) those of the bigram.
  // Own keys only: a query word such as "constructor" must not read an inherited property.
  // Remembered per term: a query reads its terms' frequencies many times (coverage, the postings
  // budget's sort, IDFs), and each read searched the bigram keys, which other commands push out
  // of the CPU's caches.
  const frequencyOf = memoized(
    (term: string) => Math.max(Object.hasOwn(wordFrequency, term) ? wordFrequency[term]! : 0, bigrams.frequency(term)),
    REMEMBERED_TERMS,
  );
  const maxFrequency = commonTermBound(documentCount);
  const distinctive = (terms: readonly string[], typed: readonly string[] = []): string[] => {
    // Typed keywords are searched however common, within a budget of their own (a 200-character
    // search of 60 common words read every one of their postings).
    const always = withinPostingsBudget([...new Set(typed)], frequencyOf, ALWAYS_POSTINGS_BUDGET);
    const unique = [...new Set([...terms, ...always])];
    const kept = unique.filter((t) => frequencyOf(t) <= maxFrequency && !always.includes(t));
    const within = new Set(withinPostingsBudget(kept.length || always.length ? kept : unique, frequencyOf));
    return unique.filter((t) => within.has(t) || always.includes(t));
  };
  // Postings found by term are remembered too: finding them walks MiniSearch's tree or searches
  // the bigram keys (and copies a freshly built index's Map), yet the same terms come back query
  // after query. A term's postings are held at most once, so this holds no more than the index.
  const wordPostingsOf = memoized((term: string) => wordPostings.postings(term), REMEMBERED_TERMS);
  const bigramPostingsOf = memoized((term: string) => bigrams.postings(term), REMEMBERED_TERMS);
  // The query's terms that have postings, words' first (bit i of a term set is searched[i]).
  const searchedTerms = (terms: QueryTerms) => {
    const find = (list: string[], postingsOf: (term: string) => TermPostings | null): Searched[] =>
      list.flatMap((term) => {
        const postings = postingsOf(term);
        return postings ? [{ term, postings }] : [];
      });
    const words = find(distinctive(terms.words, terms.always), wordPostingsOf);
    const pairs = find(distinctive(terms.bigrams), bigramPostingsOf);
    return { words, pairs, searched: [...words, ...pairs] };
  };
  return {
    idf: (term) => Math.log(1 + documentCount / (frequencyOf(term) + 0.5)),
    frequency: frequencyOf,
    // Listed when a suggestion first asks: the frequency table's keys are the index's words.
    vocabulary: once(() => Object.keys(wordFrequency)),
    characterIdf: (ch) => {
      const df = characters[ch] ?? 0;
      return df ? Math.log(1 + documentCount / (df + 0.5)) : 0;
    },
    distinctive: (terms) => ({ words: distinctive(terms.words, terms.always), bigrams: distinctive(terms.bigrams) }),
    sentences(terms) {
      const { words, pairs, searched } = searchedTerms(terms);
      if (searched.length <= MERGE_MAX_TERMS) {
        const field = (list: Searched[], statistics: FieldStatistics) => ({ postings: list.map((s) => s.postings), statistics });
        const rows = mergeTerms(field(words, wordPostings.statistics), field(pairs, bigrams.statistics));
        return sentenceMatches(rows, searched, passages, numbers.numberOf);
      }
      const sum = (accumulator: TermAccumulator, list: Searched[]): FieldSums => {
        for (const { postings } of list) accumulator.addTerm(postings.docs, postings.frequencies, postings.from, postings.to);
        return accumulator.finish();
      };
      const rows = mergedRows(sum(wordSums, words), sum(bigramSums, pairs));
      return sentenceMatches(rows, searched, passages, numbers.numberOf);
    },
    bestSentences(terms, enough, keep) {
      const { words, pairs, searched } = searchedTerms(terms);
      if (searched.length > MERGE_MAX_TERMS) return null;
      return bestSentences(
        { searched: words, statistics: wordPostings.statistics, scores: wordScores },
        { searched: pairs, statistics: bigrams.statistics, scores: bigramScores },
        enough,
        keep,
      );
    },
    numbers,
    // MiniSearch's JSON only when the saved postings cannot hold the index: then saving it fails, as it always did.
    toJSON: () => ({
      minisearch: savedWordsOf(wordIndex as unknown as MiniSearch<never>, wordPostings.statistics) ?? lazyPlainObject(wordIndex),
      wordFrequency,
      bigrams: bigrams.toBytes(),
      characters,
    }),
  };
}
