import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Corpus, Passage } from '../core/types.js';
import type { Tokenizer } from '../text/tokenizer.js';

// MiniSearch over sentence passages. Fields and why:
// - words (boost 2): jieba search-mode words, dates and numbers whole. The most precise signal:
//   a shared word means a shared concept.
// - bigrams (boost 1): character pairs of meaningful runs. Recovers paraphrases and names that
//   jieba cuts differently in a question and in the corpus (卫健委 vs 卫生健康委, 援鄂/援助湖北).
//   BM25's IDF makes rare pairs count and frequent ones (疫情, 防控) fade.
// - context (boost 0.8): words of the surrounding entry (chronicle) or neighbouring sentences
//   and section heading (white paper). A question usually names the event ("习近平和沙特国王
//   通电话时…") while the answer sentence only says what was said; the context lets the
//   answer sentence inherit the event's words, at a discount so that the sentence that itself
//   contains the words still wins.
// Terms are produced by our tokenizer before MiniSearch sees them, so MiniSearch only splits on
// the separator below and does no case folding of its own.

const SEPARATOR = '\u0001';
const FIELD_BOOSTS = { words: 2, bigrams: 1, context: 0.8 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

interface IndexedPassage {
  id: string;
  words: string;
  bigrams: string;
  context: string;
}

const OPTIONS: Options<IndexedPassage> = {
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
  /** Terms that weigh more (the asked part of a question), and by how much. */
  emphasis?: { terms: ReadonlySet<string>; boost: number };
}

export interface PassageIndex {
  search(terms: QueryTerms, limit?: number): SearchResult[];
  toJSON(): SavedPassageIndex;
}

/** What is saved: MiniSearch's own JSON plus each term's document frequency. */
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

/** Text around each passage that tells what it is about (see the field comment above). */
function neighbourTexts(corpus: Corpus): Map<string, string> {
  const byId = new Map<string, Passage>();
  for (const doc of corpus.documents) for (const p of doc.passages) byId.set(p.id, p);
  const context = new Map<string, string>();
  const add = (id: string, text: string) => context.set(id, `${context.get(id) ?? ''} ${text}`);
  for (const doc of corpus.documents) {
    for (const entry of doc.entries) {
      for (const id of entry.passageIds)
        add(
          id,
          entry.passageIds
            .filter((other) => other !== id)
            .map((o) => byId.get(o)?.text ?? '')
            .join(' '),
        );
    }
    for (const section of doc.sections) {
      const ids = section.passageIds;
      ids.forEach((id, i) => {
        const around = [ids[i - 1], ids[i + 1]].filter((x): x is string => Boolean(x)).map((o) => byId.get(o)?.text ?? '');
        add(id, [section.path.join(' '), ...around].join(' '));
      });
    }
  }
  return context;
}

export function buildPassageIndex(corpus: Corpus, tokenizer: Tokenizer): PassageIndex {
  const index = new MiniSearch<IndexedPassage>(OPTIONS);
  const neighbours = neighbourTexts(corpus);
  const docs: IndexedPassage[] = [];
  for (const doc of corpus.documents) {
    for (const passage of doc.passages) {
      const own = tokenizer.tokenize(passage.text);
      docs.push({
        id: passage.id,
        words: own.words.join(SEPARATOR),
        bigrams: own.bigrams.join(SEPARATOR),
        context: tokenizer.tokenize(neighbours.get(passage.id) ?? '').words.join(SEPARATOR),
      });
    }
  }
  index.addAll(docs);
  const documentFrequency: Record<string, number> = {};
  for (const doc of docs) {
    for (const term of new Set([...doc.words.split(SEPARATOR), ...doc.bigrams.split(SEPARATOR)])) {
      if (term) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    }
  }
  return wrap(index, documentFrequency);
}

export function loadPassageIndex(saved: SavedPassageIndex): PassageIndex {
  return wrap(MiniSearch.loadJS<IndexedPassage>(saved.minisearch, OPTIONS), saved.documentFrequency);
}

function wrap(index: MiniSearch<IndexedPassage>, documentFrequency: Record<string, number>): PassageIndex {
  const maxFrequency = Math.max(1, index.documentCount * COMMON_TERM_SHARE);
  const distinctive = (terms: string[]): string[] => {
    const unique = [...new Set(terms)];
    const kept = unique.filter((t) => (documentFrequency[t] ?? 0) <= maxFrequency);
    return kept.length ? kept : unique;
  };
  return {
    search(terms, limit = 50) {
      const words = distinctive(terms.words);
      const bigrams = distinctive(terms.bigrams);
      const queries = [];
      if (words.length) queries.push({ queries: [words.join(SEPARATOR)], fields: ['words', 'context'], boost: FIELD_BOOSTS });
      if (bigrams.length) queries.push({ queries: [bigrams.join(SEPARATOR)], fields: ['bigrams'], boost: FIELD_BOOSTS });
      if (!queries.length) return [];
      const emphasis = terms.emphasis;
      const boostTerm = emphasis ? (term: string) => (emphasis.terms.has(term) ? emphasis.boost : 1) : undefined;
      return index.search({ combineWith: 'OR', queries }, boostTerm ? { boostTerm } : {}).slice(0, limit);
    },
    toJSON: () => ({ minisearch: index.toJSON(), documentFrequency }),
  };
}
