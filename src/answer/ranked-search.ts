import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import { NOTES_SECTION } from '../ingest/whitepaper.js';
import { PUNCTUATION_OR_SPACE, type QueryAnalysis } from './query-analysis.js';
import { intentBoost, questionIntents } from './question-intent.js';

// Free-text ranking shared by /ask and /search: MiniSearch BM25 over words, bigrams and context
// (see passage-index.ts), then a re-rank with signals BM25 cannot see:
// - an exact phrase of the query inside the sentence (strong for /search, where people paste
//   quotes; mild for /ask, whose phrasing rarely matches verbatim);
// - a day the question names (3月15日那次通报…) favours passages of that day;
// - a document the question names by an alias (白皮书里…) favours that document's passages;
// - a country the question names favours sentences (then entries) that mention it, in any form;
// - for /ask: the asked part of the question weighs more (question-focus.ts), sentences of the
//   kind the question wants are favoured (question-intent.ts), endnotes are demoted.

export type RankMode = 'ask' | 'search';

export interface RankedPassage {
  passage: Passage;
  score: number;
  /** Query phrases (folded Simplified) found verbatim in the passage, highlighted with the query words. */
  terms: string[];
}

const CANDIDATES = 100;
const PHRASE_BOOST: Record<RankMode, number> = { ask: 1.5, search: 4 };
const PART_BOOST: Record<RankMode, number> = { ask: 0.25, search: 1 };
const DATE_BOOST = 2.5;
const NAMED_DOCUMENT_BOOST = 1.5;
const FOCUS_BOOST = 2;
/** How much a sentence that itself says what the question asks gains over one that only has the event. */
const FOCUS_COVERAGE_WEIGHT = 0.6;
/** Endnotes cite sources ("注…新华网，年月日"); they mention everything and answer nothing. */
const ENDNOTE_PENALTY = 0.5;
const COUNTRY_BOOST = 1.6;
const ENTRY_COUNTRY_BOOST = 1.3;
/**
 * Share of the query's distinct terms a hit must match. BM25 with OR returns anything sharing a
 * single character pair; below this share a "hit" is noise, and the honest answer is "nothing".
 */
const MIN_COVERAGE: Record<RankMode, number> = { ask: 0.15, search: 0.3 };

const isLong = (term: string): boolean => [...term].length >= 2;

/** Share of the asked part's words that the sentence itself (not its context) contains. */
function focusCoverage(focusWords: string[], text: string): number {
  if (!focusWords.length) return 0;
  return focusWords.filter((w) => text.includes(w)).length / focusWords.length;
}

/** A sentence naming the asked-about country (韩方 for 韩国) beats a like sentence about another. */
function countryBoost(services: Services, passage: Passage, countries: string[]): number {
  if (passage.countries.some((c) => countries.includes(c))) return COUNTRY_BOOST;
  const entry = services.library.entriesOf(passage.id)[0];
  const inEntry = entry?.passageIds.some((id) => services.library.passage(id)?.countries.some((c) => countries.includes(c)));
  return inEntry ? ENTRY_COUNTRY_BOOST : 1;
}

export function rankPassages(services: Services, analysis: QueryAnalysis, mode: RankMode): RankedPassage[] {
  const emphasis = mode === 'ask' && analysis.focus.size ? { emphasis: { terms: analysis.focus, boost: FOCUS_BOOST } } : {};
  const results = services.index.search({ words: analysis.words, bigrams: analysis.bigrams, ...emphasis }, CANDIDATES);
  const wholeQuery = analysis.phrases.join('');
  const queryTerms = new Set([...analysis.words, ...analysis.bigrams]);
  // A word the corpus never contains falls apart into single characters (你好 → 好); such
  // fragments alone are no evidence of a match. Only a one-character query keeps them.
  const hasLongTerm = [...queryTerms].some(isLong);
  if (!hasLongTerm && [...analysis.question.replace(PUNCTUATION_OR_SPACE, '')].length > 1) return [];
  const intents = questionIntents(analysis.question);
  const focusWords = [...analysis.focus].filter(isLong);
  const ranked: RankedPassage[] = [];
  for (const result of results) {
    const passage = services.library.passage(String(result.id));
    if (!passage) continue;
    const text = services.library.matchText(passage);
    if (queryTerms.size && result.terms.length / queryTerms.size < MIN_COVERAGE[mode]) continue;
    if (hasLongTerm && !result.terms.some(isLong)) continue;
    let score = result.score;
    if (wholeQuery.length >= 2 && text.includes(wholeQuery)) score *= PHRASE_BOOST[mode];
    else if (analysis.phrases.length > 1) {
      const found = analysis.phrases.filter((p) => text.includes(p)).length;
      score *= 1 + (PART_BOOST[mode] * found) / analysis.phrases.length;
    }
    if (mode === 'ask') score *= intentBoost(intents, text) * (1 + FOCUS_COVERAGE_WEIGHT * focusCoverage(focusWords, text));
    if (mode === 'ask' && passage.section?.[0] === NOTES_SECTION) score *= ENDNOTE_PENALTY;
    if (analysis.docIds.includes(passage.docId)) score *= NAMED_DOCUMENT_BOOST;
    if (analysis.countries.length) score *= countryBoost(services, passage, analysis.countries);
    if (analysis.dates.length && passage.places.some((pl) => pl.date !== null && analysis.dates.includes(pl.date))) score *= DATE_BOOST;
    ranked.push({ passage, score, terms: analysis.phrases.filter((p) => text.includes(p)) });
  }
  return ranked.sort((a, b) => b.score - a.score || a.passage.ordinal - b.passage.ordinal);
}
