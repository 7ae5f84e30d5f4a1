import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Corpus, Passage } from '../core/types.js';
import type { Tokenizer } from '../text/tokenizer.js';

// One MiniSearch index of sentences: each passage's own jieba words and character bigrams,
// scored separately so that ranking can weigh them (ranking-weights.ts). Words are the precise
// signal (a shared word is a shared concept); bigrams recover paraphrases and names jieba cuts
// differently in a question and in the corpus (卫健委 vs 卫生健康委). BM25's IDF makes rare pairs
// count, common ones fade. Retrieval units (units.ts) are scored from these sentence scores
// (ranked-search.ts), so they need no index of their own.
// Terms are produced by our tokenizer before MiniSearch sees them, so MiniSearch only splits on
// the separator below and does no case folding of its own.

const SEPARATOR = '\u0001';
const FIELDS = ['words', 'bigrams'];

interface IndexedText {
  id: string;
  words: string;
  bigrams: string;
}

const OPTIONS: Options<IndexedText> = {
  idField: 'id',
  fields: FIELDS,
  storeFields: [],
  tokenize: (text) => text.split(SEPARATOR).filter(Boolean),
  processTerm: (term) => term,
  searchOptions: { prefix: false, fuzzy: false, combineWith: 'OR' },
};

export interface QueryTerms {
  words: string[];
  bigrams: string[];
}

/** A sentence sharing terms with the query: its BM25 per field and the query terms it contains. */
export interface SentenceMatch {
  id: string;
  words: number;
  bigrams: number;
  terms: string[];
}

export interface PassageIndex {
  /** How informative a term is: log(1 + N / (df + 0.5)); a term the corpus never contains is the most informative. */
  idf(term: string): number;
  /** The query terms a search uses: without those common enough to be noise (see below). */
  distinctive(terms: QueryTerms): QueryTerms;
  /** Every sentence sharing a distinctive term with the query. */
  sentences(terms: QueryTerms): Map<string, SentenceMatch>;
  toJSON(): SavedPassageIndex;
}

/** What is saved: the MiniSearch index and each term's document frequency. */
export interface SavedPassageIndex {
  minisearch: AsPlainObject;
  /** Term → number of passages whose words or bigrams contain it. */
  documentFrequency: Record<string, number>;
}

/**
 * Terms found in more than this share of passages (疫情, 防控, 中国) are left out of queries: their
 * BM25 weight is near zero, yet scoring them walks most of the index and dominated query time.
 * A query made only of such terms keeps them.
 */
const COMMON_TERM_SHARE = 0.15;

function indexed(id: string, text: string, tokenizer: Tokenizer): IndexedText {
  const tokens = tokenizer.tokenize(text);
  return { id, words: tokens.words.join(SEPARATOR), bigrams: tokens.bigrams.join(SEPARATOR) };
}

export function buildPassageIndex(corpus: Corpus, tokenizer: Tokenizer): PassageIndex {
  const byId = new Map<string, Passage>();
  for (const doc of corpus.documents) for (const p of doc.passages) byId.set(p.id, p);
  const sentences = [...byId.values()].map((p) => indexed(p.id, p.text, tokenizer));
  const sentenceIndex = new MiniSearch<IndexedText>(OPTIONS);
  sentenceIndex.addAll(sentences);
  const documentFrequency: Record<string, number> = {};
  for (const doc of sentences) {
    for (const term of new Set([...doc.words.split(SEPARATOR), ...doc.bigrams.split(SEPARATOR)])) {
      if (term) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    }
  }
  return wrap(sentenceIndex, documentFrequency);
}

export function loadPassageIndex(saved: SavedPassageIndex): PassageIndex {
  return wrap(MiniSearch.loadJS<IndexedText>(saved.minisearch, OPTIONS), saved.documentFrequency);
}

function wrap(sentenceIndex: MiniSearch<IndexedText>, documentFrequency: Record<string, number>): PassageIndex {
  const maxFrequency = Math.max(1, sentenceIndex.documentCount * COMMON_TERM_SHARE);
  const distinctive = (terms: string[]): string[] => {
    const unique = [...new Set(terms)];
    const kept = unique.filter((t) => (documentFrequency[t] ?? 0) <= maxFrequency);
    return kept.length ? kept : unique;
  };
  const fieldSearch = (index: MiniSearch<IndexedText>, terms: string[], field: string) =>
    terms.length ? index.search(terms.join(SEPARATOR), { fields: [field] }) : [];
  return {
    idf: (term) => Math.log(1 + sentenceIndex.documentCount / ((documentFrequency[term] ?? 0) + 0.5)),
    distinctive: (terms) => ({ words: distinctive(terms.words), bigrams: distinctive(terms.bigrams) }),
    sentences(terms) {
      const found = new Map<string, SentenceMatch>();
      const entry = (id: string) => {
        let match = found.get(id);
        if (!match) {
          match = { id, words: 0, bigrams: 0, terms: [] };
          found.set(id, match);
        }
        return match;
      };
      for (const field of ['words', 'bigrams'] as const) {
        for (const result of fieldSearch(sentenceIndex, distinctive(terms[field]), field)) {
          const match = entry(String(result.id));
          match[field] = result.score;
          match.terms.push(...result.terms);
        }
      }
      return found;
    },
    toJSON: () => ({ minisearch: sentenceIndex.toJSON(), documentFrequency }),
  };
}
