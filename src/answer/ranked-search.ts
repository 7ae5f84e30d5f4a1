import type { Services } from '../core/services.js';
import { formatDateZh } from '../query/date-format.js';
import { answersBeforeQuestions } from './answers-before-questions.js';
import { withAskedPartNearWords } from './asked-part-near-words.js';
import type { Candidate } from './candidate.js';
import { followers } from './continuation.js';
import { withEnglishUnitDiscount } from './english-unit-weight.js';
import type { FeatureVector } from './feature-names.js';
import { type Admits, firstStage } from './first-stage.js';
import { fieldsOfKindAsked } from './labelled-fields.js';
import { ListedCandidate } from './lazy-passages.js';
import { nearestInTheirParts } from './meaning-candidates.js';
import { nearWordRoute } from './near-word-route.js';
import { byScoreThenOrdinal, passageOrdinals } from './passage-ordinals.js';
import type { QueryAnalysis } from './query-analysis.js';
import { PUNCTUATION_OR_SPACE } from './query-analysis.js';
import { rowsFailing, someRowPasses, weightedShare } from './question-coverage.js';
import type { RankMode } from './rank-mode.js';
import { moveIf, rankedOrder } from './ranked-order.js';
import type { RankedPassage } from './ranked-passage.js';
import { candidateFeatures, type Feature, linearScore } from './ranking-features.js';
import { RANKING_WEIGHTS } from './ranking-weights.js';
import { rerank } from './reranker.js';
import { RERANKER_MODEL } from './reranker-model.js';
import { isLong, keywordMatch, searchedKeywords, searchKeywords } from './search-keywords.js';
import { addSemantic } from './semantic-candidates.js';
import { fieldsNamed } from './sentence-fields.js';
import { meaningCosines } from './sentence-meaning.js';
import { everyKeywordHeld, SPEAKER_WEIGHT } from './speaker-field.js';
import { termInformation } from './term-information.js';
import { bestUnitScore, unitScoresFor, unitScoresOnDemand } from './unit-scores.js';
import { unitSpansFor } from './unit-spans.js';
import { sentencesWritingDays } from './written-days.js';

// Free-text ranking shared by /ask and /search, in two stages:
// 1. candidates: sentences sharing distinctive terms with the query (MiniSearch, passage-index.ts)
//    and, for /ask, every sentence of the best-scoring retrieval units (an entry, a sentence
//    window), since the answer sentence often does not repeat the event the question names, and
//    the sentences saying it in the corpus's near words of the question's own (near-word-route.ts);
// 2. one linear score over a few signals (ranking-features.ts) with weights fitted on the
//    evaluation data (ranking-weights.ts, scripts/fit-ranking.ts);
// 3. for /ask, the first 30 by that score reordered by the score plus small trees' correction
//    (reranker.ts, fitted by scripts/fit-reranker.ts), then by how much of the question's asked
//    part each says in near words (asked-part-near-words.ts), then, for an English question,
//    with part of the unit signal taken back (english-unit-weight.ts).
// /search returns only sentences that themselves contain the query's terms.

/**
 * Share of the query's information (IDF-weighted terms) that some sentence must itself contain
 * for the query to be answered at all. BM25 with OR returns anything sharing a single character
 * pair; when no sentence reaches this share, every "hit" is noise, and the honest answer is "nothing".
 */
const ANSWERABLE_COVERAGE: Record<RankMode, number> = { ask: 0.15, search: 0.3 };
/**
 * Share a sentence must contain to become a candidate once the query is answerable. /search
 * returns only sentences holding its keywords. /ask admits sentences holding little of the
 * question: a paraphrase shares few words with its answer ("医生护士" / "医务人员"), and ranking
 * weighs the rest. Decoupled from answerability, this changes no answered/unanswered verdict.
 * Measured over the 1,444 open /ask cases (0.15 → 0.04): answers never reaching ranking 139 → 83;
 * leave-one-set-out CV over v3…v18 with refitted weights: Hit@3 1074 → 1080, MRR@10 0.7518 →
 * 0.7543, Hit@1 894 → 893; every negative case unchanged. Lower admitted nothing more.
 */
const MIN_COVERAGE: Record<RankMode, number> = { ask: 0.04, search: 0.3 };
// Candidates admitted only by the lower share are ranked with the rest but listed only among the first few (the eval's depth,
// two pages): further down, a list of sentences holding 4% of the question would say "共105条结果" where 18 were worth reading.
const WEAKLY_ADMITTED_LISTED = 10;
/** Sentences matched by the index that reach the second stage, best BM25 first. */
const SENTENCE_CANDIDATES = 150;
/** What /search lists at most: its candidates. */
export const LISTED_AT_MOST = SENTENCE_CANDIDATES;
/** Units whose sentences all become /ask candidates: the best few (unit-scores.ts), within this share of the best. */
const UNIT_MIN_SHARE = 0.4;
/** Stage 1's best sentences whose documents' place or time fields compete when asked where or when (labelled-fields.ts). */
const FIELDS_OF_BEST = 10;
/** Sentences the near-word route (near-word-route.ts) adds at most: as many as a weak one is listed among (5, 10, 20 scored alike). */
const NEAR_ADMITTED = WEAKLY_ADMITTED_LISTED;

/**
 * Stage 1 and the features of stage 2. Given `weights`, features they weigh 0 are not computed
 * (left 0: the score is the same); without, every feature is (for fitting the weights).
 */
export function rankingCandidates(services: Services, analysis: QueryAnalysis, mode: RankMode, weights?: FeatureVector): Candidate[] {
  return candidatesOf(services, analysis, mode, weights, null).candidates;
}

interface Candidates {
  candidates: Candidate[];
  /** The candidates' passage numbers, in the same order. */
  numbers: readonly number[];
  /** How many sentences stage 1 matched, of which the candidates are the best (counted when asked). */
  matched: () => number;
  /** The own sentences of the speakers the query names (speaker-field.ts), or null. */
  spoken: ReadonlySet<number> | null;
  /** For /search: whether a sentence holds every keyword, its speaker's name counting (speaker-field.ts); null unless a keyword names one. */
  holdsEvery: ((n: number, found: readonly string[]) => boolean) | null;
}

const NO_CANDIDATES: Candidates = { candidates: [], numbers: [], matched: () => 0, spoken: null, holdsEvery: null };
const NO_FOLLOWERS: ReadonlyMap<string, number> = new Map();

function candidatesOf(
  services: Services,
  analysis: QueryAnalysis,
  mode: RankMode,
  weights: FeatureVector | undefined,
  admits: Admits,
): Candidates {
  // /search's keywords written whole are searched however common: a sentence writing one is a result.
  const typedKeywords = mode === 'search' ? searchKeywords(services, analysis) : [];
  const terms = { words: analysis.words, bigrams: analysis.bigrams, always: typedKeywords.flatMap((k) => k.whole) };
  // Coverage is counted over the terms a search can match: common terms are not searched, and a
  // named day is written in the heading, not in the sentence (the date feature weighs it).
  const searched = services.index.distinctive(terms);
  const dayTerms = new Set(analysis.dates.map((d) => formatDateZh(d)));
  const wordTerms = new Set(searched.words.filter((t) => !dayTerms.has(t)));
  const bigramTerms = new Set(searched.bigrams);
  // Coverage is the share of the question's information the sentence contains, so words the
  // corpus never uses (世界杯, 股价) count much (term-information.ts): a question about them gets
  // "nothing found", not sentences sharing its common words. Words and bigrams are counted apart:
  // a long question has many more bigrams than words, and pooling them let its question words
  // drown a two-word match.
  const wordShare = weightedShare(wordTerms, termInformation(services.index));
  const bigramShare = weightedShare(bigramTerms, (t) => services.index.idf(t));
  const coverage = (matched: Iterable<string>): number =>
    Math.max(wordShare(matched), bigramShare(matched), wordTerms.size + bigramTerms.size ? 0 : 1);
  // A word the corpus never contains falls apart into single characters (你好 → 好); such
  // fragments alone are no evidence of a match. Only a one-character query keeps them.
  const hasLongTerm = [...analysis.words, ...analysis.bigrams].some(isLong);
  // A speaker the query names: their own sentences compete, whether or not they write its words;
  // so do a diary day's in /search, under a heading writing a keyword (heading-field.ts: 晴 雨).
  const spoken = fieldsNamed(services, analysis.question, mode);
  if (!hasLongTerm && !spoken && [...analysis.question.replace(PUNCTUATION_OR_SPACE, '')].length > 1) return NO_CANDIDATES;
  // Keywords typed apart ("方舱医院 口罩"): a sentence holding one of them matches it, however
  // little of the query's information that keyword carries (a common one next to a rare one).
  const keywords = searchedKeywords(typedKeywords, new Set([...wordTerms, ...bigramTerms]), (t) => services.index.frequency(t) === 0);
  const { holdsSome, shareAlways, shareIfNoneHolds } = keywordMatch(keywords);
  const holdsShare = (share: number, byShare: boolean) => (found: string[]) => {
    const set = new Set(found);
    return (holdsSome(set) || (byShare && coverage(set) >= share)) && (!hasLongTerm || found.some(isLong));
  };
  const stage = (byShare: boolean) =>
    firstStage(services, terms, mode, holdsShare(MIN_COVERAGE[mode], byShare), admits, SENTENCE_CANDIDATES);
  let byShare = shareAlways;
  let first = stage(byShare);
  if (!first.docs.length && !byShare && shareIfNoneHolds) {
    byShare = true;
    first = stage(byShare);
  }
  const { docs, scores, sentences, matched } = first;
  const answerable = holdsShare(ANSWERABLE_COVERAGE[mode], byShare);
  const admitsWeakly = MIN_COVERAGE[mode] < ANSWERABLE_COVERAGE[mode];
  // The chosen sentences are tested once: one of them passing proves the question answerable,
  // and only when none does are the other matches searched for one.
  const weak = admitsWeakly && sentences ? rowsFailing(sentences, docs, answerable) : new Set<number>();
  // Sentences saying the question in the corpus's near words (near-word-route.ts): they make it
  // answerable too (not when a word of it they never write has no near word to carry it), and the best of them compete.
  const near = mode === 'ask' && sentences ? nearWordRoute(services, wordTerms, termInformation(services.index), sentences) : null;
  const nearAdmitted = near?.reaching(ANSWERABLE_COVERAGE.ask).slice(0, NEAR_ADMITTED) ?? [];
  const ownAnswerable = () => Boolean(sentences && (weak.size < docs.length || someRowPasses(sentences, answerable)));
  if (admitsWeakly && !(near?.answers && nearAdmitted.length) && !ownAnswerable()) return NO_CANDIDATES;
  // Only the best-matching sentences go on to the second stage: its cost then stays flat however
  // many sentences share a word with the question (the answer is never far down this list).
  // Candidates by passage number (the index's numbering, which the library shares): features then
  // look their rows up without hashing ids.
  const { numbers } = services.index;
  if (!docs.length && !spoken && !nearAdmitted.length) return NO_CANDIDATES;
  // Stage 1's sentences are distinct: the set is made only when another route adds one (/ask).
  // /search ranks stage 1's own, which no other route adds to.
  let chosen: Set<number> | null = null;
  // A sentence that another route brings in (its unit, its day, its part, what it follows) is
  // listed as before, however little of the question it holds.
  const addNumber = (n: number) => {
    chosen ??= new Set(docs);
    chosen.add(n);
    weak.delete(n);
  };
  const add = (id: string) => {
    const n = numbers.numberOf(id);
    if (n >= 0) addNumber(n);
  };
  let unitScore: (n: number) => number;
  if (mode === 'ask' && sentences) {
    const units = unitScoresFor(services.library);
    units.sum(sentences);
    unitScore = (n) => bestUnitScore(services.library, n, (unit) => units.score(unit));
    for (const unit of units.best(UNIT_MIN_SHARE)) for (const id of services.library.unitMembers(unit)) add(id);
    // A day the question names is a retrieval cue of its own: that day's sentences compete even
    // when its words are common ("Who did Xi call on March 16?").
    for (const date of analysis.dates) for (const entry of services.library.entriesOn(date)) for (const id of entry.passageIds) add(id);
    // So is a day no entry stands under, in the sentences writing it (a plain document's 会议定于2021年6月12日举行).
    const { days, yearTyped } = analysis.textDays;
    if (days.length) for (const passage of sentencesWritingDays(services, days, yearTyped)) add(passage.id);
    // So is a part the question names ("前言里…"): its sentences sharing a word with the question compete.
    for (const section of analysis.sections) {
      for (const id of section.passageIds) {
        const n = numbers.numberOf(id);
        if (n >= 0 && sentences.rowOfNumber(n) >= 0) addNumber(n);
      }
    }
    // A part named by its heading is a few lines, about what the heading names: they all compete, words or not (带皮五花肉 600g for 红烧肉).
    for (const section of analysis.headed) for (const id of section.passageIds) add(id);
    // So is a place or time field of the best matches' documents when asked where or when (labelled-fields.ts: 地点：… for 会议在哪里举行).
    const matchedDocuments = new Set(docs.slice(0, FIELDS_OF_BEST).map((n) => numbers.passages[n]!.docId));
    for (const passage of fieldsOfKindAsked(services, analysis.question, matchedDocuments)) add(passage.id);
  } else {
    // /search adds no unit's sentences, so only its candidates' units are summed.
    unitScore = unitScoresOnDemand(services.library, scores, unitSpansFor(services.library, numbers.passages.length), docs);
  }
  // Listed only among the first ten, as any sentence holding little of the question's own words;
  // so are the sentences nearest the question in meaning in its best matches' parts (meaning-candidates.ts).
  const admitWeakly = (found: readonly number[]) => {
    const already = new Set(chosen ?? docs);
    const admitted = new Set(found.filter((n) => (!admits || admits(n)) && !already.has(n)));
    for (const n of admitted) {
      addNumber(n);
      weak.add(n);
    }
    return admitted;
  };
  admitWeakly(nearAdmitted);
  const meant = mode === 'ask' ? admitWeakly(nearestInTheirParts(services, analysis.words, docs)) : new Set<number>();
  // A question asking what a quoted sentence is followed by: the followers compete too.
  const follows = mode === 'ask' ? followers(services, analysis.question) : NO_FOLLOWERS;
  for (const id of follows.keys()) add(id);
  // A named speaker's own sentences compete too; in /ask one holding little of the question is
  // listed only among the first ten, as any weakly admitted sentence.
  if (spoken) chosen ??= new Set(docs);
  for (const n of spoken ?? []) {
    if ((admits && !admits(n)) || chosen!.has(n)) continue;
    chosen!.add(n);
    if (mode === 'ask') weak.add(n);
  }
  const candidates: readonly number[] = chosen ? [...chosen] : docs;
  const focus = [...analysis.focus];
  const needed = (feature: Feature) => weights?.[feature] !== 0;
  const focusMatches = focus.length && needed('focusWords') ? services.index.sentences({ words: focus, bigrams: [] }) : null;
  const found = candidateFeatures(services, analysis, numbers.passages, candidates, scores, { unitScore, focusMatches, follows, needed });
  if (weak.size) for (let i = 0; i < found.length; i++) if (weak.has(candidates[i]!)) found[i]!.weak = true;
  if (meant.size) for (let i = 0; i < found.length; i++) if (meant.has(candidates[i]!)) found[i]!.meant = true;
  if (mode === 'ask' && needed('semantic'))
    addSemantic(services, analysis, found, candidates, weights ?? RANKING_WEIGHTS[mode], new Set([...nearAdmitted, ...meant]));
  const heldBy = (keyword: string) => fieldsNamed(services, keyword, mode);
  const holdsEvery = spoken && everyKeywordHeld(heldBy, analysis.keywordForms, typedKeywords, new Set([...wordTerms, ...bigramTerms]));
  return { candidates: found, numbers: candidates, matched, spoken, holdsEvery };
}

export function rankPassages(services: Services, analysis: QueryAnalysis, mode: RankMode): RankedPassage[] {
  return rankedResults(services, analysis, mode).ranked;
}

export interface RankedResults {
  ranked: RankedPassage[];
  /**
   * For /search, how many sentences hold the keywords: more than are ranked when stage 1 keeps
   * only its best (a common word matches hundreds, at 100× the corpus thousands), so that a
   * reader is not told "150 results" of a word 344 sentences write. For /ask, the ranked count.
   */
  matched: number;
}

export function rankedResults(services: Services, analysis: QueryAnalysis, mode: RankMode, admits: Admits = null): RankedResults {
  const weights = RANKING_WEIGHTS[mode];
  const { candidates, numbers, matched, spoken, holdsEvery } = candidatesOf(services, analysis, mode, weights, admits);
  const bonus = (n: number) => (spoken?.has(n) ? SPEAKER_WEIGHT[mode] : 0);
  // Ties are broken by document order, read once per candidate: at 100× the corpus every sentence
  // is written many times over, so most comparisons tie, and each read the passage anew. Read by
  // number (passage-ordinals.ts), not from the passage.
  const ordinals = passageOrdinals(services.index.numbers);
  const linear = candidates
    .map((candidate, i) => ({
      candidate,
      score: linearScore(candidate.features, weights) + bonus(numbers[i]!),
      ordinal: ordinals[numbers[i]!]!,
      n: numbers[i]!,
    }))
    .sort(byScoreThenOrdinal);
  // Keywords naming a speaker (王阿姨 停水): the sentences holding them all, by text or speaker, come first.
  if (holdsEvery) moveIf(linear, 'first', ({ candidate, n }) => holdsEvery(n, candidate.terms));
  // /ask's first page gets the second looks of step 3 above; /search's linear order already ranks as its cases want.
  const meanings = (head: readonly { candidate: Candidate }[]) =>
    meaningCosines(
      services,
      analysis.words,
      head.map((h) => h.candidate),
    );
  const reranked = () => withAskedPartNearWords(services, analysis, rerank(RERANKER_MODEL, analysis.question, linear, meanings));
  const ranked = mode === 'ask' ? withEnglishUnitDiscount(analysis.question, reranked()) : linear;
  // Then the orders some kinds of question and line call for (ranked-order.ts).
  rankedOrder(services, analysis, mode, ranked);
  const listed: RankedPassage[] = [];
  for (let rank = 0; rank < ranked.length; rank++) {
    const { candidate, score } = ranked[rank]!;
    if (rank < WEAKLY_ADMITTED_LISTED || candidate.weak !== true) listed.push(new ListedCandidate(candidate, score));
  }
  // Only a full first stage can have left matches out (/search ranks exactly its sentences).
  const cut = mode === 'search' && listed.length >= SENTENCE_CANDIDATES;
  if (mode === 'search') return { ranked: listed, matched: cut ? Math.max(listed.length, matched()) : listed.length };
  const answered = answersBeforeQuestions(services, listed);
  return { ranked: answered, matched: answered.length };
}
