import type { Services } from '../core/services.js';
import type { Passage } from '../core/types.js';
import type { SentenceScores } from '../index/passage-index.js';
import { NOTES_SECTION } from '../ingest/whitepaper.js';
import { writesPhrase } from '../text/number-spellings.js';
import { isBareLabel } from './bare-label.js';
import { characterOverlap, NO_QUERY_CHARACTERS, queryCharacters } from './character-overlap.js';
import { contentsLineFlags } from './contents-lines.js';
import type { Feature, FeatureVector } from './feature-names.js';
import { POSITION as F, FEATURE_COUNT, featureRows } from './feature-rows.js';
import { layoutLineFlags } from './layout-lines.js';
import { NumberedCandidate } from './lazy-passages.js';
import type { QueryAnalysis } from './query-analysis.js';
import { asksForSource, intentBoost, questionIntents } from './question-intent.js';
import { writesPhraseOrVersion } from './version-starts.js';
import { writingAnyDay } from './written-days.js';

// The evidence ranking weighs, one number per signal, each in [0, 1] so that one set of weights
// (ranking-weights.ts) suits every query. BM25 scores are divided by the best candidate's, since
// their scale depends on the query's length and rarity.

export { FEATURES, type Feature, type FeatureVector } from './feature-names.js';

export interface Candidate {
  passage: Passage;
  features: FeatureVector;
  /** Query terms the sentence itself contains. */
  terms: string[];
  /** Admitted only because /ask also ranks sentences holding little of the question (ranked-search.ts). */
  weak?: boolean;
  /** Admitted for its nearness in meaning to the question (meaning-candidates.ts), not for words it shares. */
  meant?: true;
  /** Says nothing itself, listed after every sentence that may answer (ranked-search.ts): a bare label, a contents line, a page header. */
  last?: true;
}

function countryMatch(services: Services, passage: Passage, countries: string[]): number {
  if (passage.countries.some((c) => countries.includes(c))) return 1;
  const entry = services.library.entriesOf(passage.id)[0];
  const inEntry = entry?.passageIds.some((id) => services.library.passage(id)?.countries.some((c) => countries.includes(c)));
  return inEntry ? 0.5 : 0;
}

function isLead(services: Services, passage: Passage): boolean {
  const entry = services.library.entriesOf(passage.id)[0];
  return entry !== undefined && entry.passageIds.length > 1 && entry.passageIds[0] === passage.id;
}

/** Characters at which a sentence's brevity is one half (a chronicle sentence's length; the white paper's run to 100 and more). */
const BRIEF = 40;

const NO_SIBLINGS: ReadonlySet<string> = new Set();

/** The other sentences of `passage`'s entry (none when it stands alone or in no entry). */
function siblingsOf(services: Services, passage: Passage): ReadonlySet<string> {
  const entry = services.library.entriesOf(passage.id)[0];
  if (!entry || entry.passageIds.length < 2) return NO_SIBLINGS;
  return new Set(entry.passageIds.filter((id) => id !== passage.id));
}

/** A passage's words and bigrams scores in `matches` (0 when it did not match), by passage number, written into `into`. */
function scoresOf(
  matches: SentenceScores | null,
  doc: number,
  into: { words: number; bigrams: number },
): { words: number; bigrams: number } {
  into.words = 0;
  into.bigrams = 0;
  matches?.sumsOf(doc, into);
  return into;
}

export interface FeatureInputs {
  /** A passage's best unit score, by passage number (unit-scores.ts). */
  unitScore: (n: number) => number;
  /** Sentences matching the asked part's words (null when the question has none). */
  focusMatches: SentenceScores | null;
  /** Sentences following one the question quotes (continuation.ts). */
  follows: ReadonlyMap<string, number>;
  /** Features worth computing (the others are left 0: their weight is 0). */
  needed: (feature: Feature) => boolean;
}

/** Features of the candidates `numbers` (passage numbers in the index; `passages`: every passage by number). */
export function candidateFeatures(
  services: Services,
  analysis: QueryAnalysis,
  passages: readonly Passage[],
  numbers: readonly number[],
  sentences: SentenceScores,
  { unitScore, focusMatches, follows, needed }: FeatureInputs,
): Candidate[] {
  // Each candidate's raw scores (in the order of `passages`), then their maxima to divide by.
  // Typed arrays, not an object per candidate: /ask's candidates lived long enough to be promoted
  // to the old generation, which then grew by ~80 KB a question until a full collection.
  const count = numbers.length;
  // The candidates' texts read together first: at 100× the corpus each is a miss of the CPU's
  // caches after other commands, and reads with nothing between them wait for their misses
  // together, where one read per candidate amid its scores waited for each in turn.
  const texts: string[] = new Array(count);
  for (let i = 0; i < count; i++) texts[i] = services.library.matchTextAt(numbers[i]!);
  const words = new Float64Array(count);
  const bigrams = new Float64Array(count);
  const focus = new Float64Array(count);
  const unit = new Float64Array(count);
  // Maxima in locals, not an object's fields: each store there boxed a number.
  let maxWords = 1e-9;
  let maxBigrams = 1e-9;
  let maxUnit = 1e-9;
  let maxFocus = 1e-9;
  let best = -1;
  // One pair reused for every candidate's sums: nothing is allocated per candidate.
  const sums = { words: 0, bigrams: 0 };
  // Asked once, not per candidate (each asks the weights by a variable name).
  const unitNeeded = needed('unit');
  const countryNeeded = analysis.countries.length > 0 && needed('country');
  const leadNeeded = needed('lead');
  for (let i = 0; i < count; i++) {
    const own = scoresOf(sentences, numbers[i]!, sums);
    words[i] = own.words;
    bigrams[i] = own.bigrams;
    focus[i] = focusMatches ? scoresOf(focusMatches, numbers[i]!, sums).words : 0;
    unit[i] = unitNeeded ? unitScore(numbers[i]!) : 0;
    if (words[i]! > maxWords) best = i;
    maxWords = Math.max(maxWords, words[i]!);
    maxBigrams = Math.max(maxBigrams, bigrams[i]!);
    maxUnit = Math.max(maxUnit, unit[i]!);
    maxFocus = Math.max(maxFocus, focus[i]!);
  }
  const intents = needed('intent') ? questionIntents(analysis.question) : [];
  const penaliseEndnotes = needed('endnote') && !asksForSource(analysis.question);
  // One phrase is the whole query: whether the text holds it is known from phrasesFound, not searched twice.
  const wholeQuery = analysis.phrases.join('');
  const namedParts = new Set(analysis.sections.map((s) => `${s.docId}\u0000${s.path[0]}`));
  const headed = new Set(analysis.headed.map((s) => `${s.docId}\u0000${s.path.join('\u0000')}`));
  const inNamedPart = ({ section, docId }: Passage) => section !== null && namedParts.has(`${docId}\u0000${section[0]}`);
  const inHeaded = (passage: Passage) =>
    passage.places.some((place) => place.section !== null && headed.has(`${passage.docId}\u0000${place.section.join('\u0000')}`));
  const characters = needed('characters')
    ? queryCharacters(services.index, [analysis.question, ...analysis.words, ...analysis.bigrams])
    : NO_QUERY_CHARACTERS;
  const siblings = needed('sibling') && best >= 0 ? siblingsOf(services, passages[numbers[best]!]!) : NO_SIBLINGS;
  const { phrases, textDays } = analysis;
  // A phrase's numbers in either spelling: 4000公里 is written 4,000公里; a version as itself (version-starts.ts).
  const writes = phrases.map(writesPhraseOrVersion);
  const writesWhole = writesPhrase(wholeQuery);
  const writesTextDay = textDays.days.length ? writingAnyDay(textDays.days, textDays.yearTyped) : null;
  const contentsLines = contentsLineFlags(services);
  const layoutLines = layoutLineFlags(services);
  // The candidate's passage (places, document, section, id), read only by the features that count
  // it, through this: at 100× the candidates are scattered over the corpus, and each read misses the
  // CPU's caches (a plain keyword /search reads none). A feature cannot be handed no passage.
  const passageAt = (i: number): Passage => passages[numbers[i]!]!;
  // A loop, not map and filter: two closures a candidate, 300 for /search's 150.
  const candidates: Candidate[] = [];
  const { store, rows } = featureRows(count);
  for (let i = 0; i < count; i++) {
    const text = texts[i]!;
    const phrasesFound: string[] = [];
    for (let p = 0; p < phrases.length; p++) if (writes[p]!(text)) phrasesFound.push(phrases[p]!);
    // Written into this candidate's row (feature-rows.ts): no object of boxed numbers per candidate,
    // and no setter call that boxes the number it is handed.
    const at = i * FEATURE_COUNT;
    store[at + F.words] = words[i]! / maxWords;
    store[at + F.bigrams] = bigrams[i]! / maxBigrams;
    store[at + F.unit] = unit[i]! / maxUnit;
    store[at + F.focusWords] = focus[i]! / maxFocus;
    store[at + F.intent] = intents.length && intentBoost(intents, text) > 1 ? 1 : 0;
    store[at + F.phrase] =
      wholeQuery.length >= 2 && (phrases.length === 1 ? phrasesFound.length === 1 : writesWhole(text))
        ? 1
        : analysis.phrases.length > 1
          ? phrasesFound.length / analysis.phrases.length / 2
          : 0;
    // Each reads the passage (passageAt) only once its condition holds.
    store[at + F.date] =
      analysis.dates.length &&
      (passageAt(i).places.some((pl) => pl.date !== null && analysis.dates.includes(pl.date)) || writesTextDay?.(text))
        ? 1
        : 0;
    store[at + F.country] = countryNeeded ? countryMatch(services, passageAt(i), analysis.countries) : 0;
    store[at + F.document] = analysis.docIds.length && analysis.docIds.includes(passageAt(i).docId) ? 1 : 0;
    store[at + F.lead] = leadNeeded && isLead(services, passageAt(i)) ? 1 : 0;
    store[at + F.endnote] = penaliseEndnotes && passageAt(i).section?.[0] === NOTES_SECTION ? 1 : 0;
    store[at + F.characters] = characterOverlap(characters, text);
    store[at + F.follows] = follows.size ? (follows.get(passageAt(i).id) ?? 0) : 0;
    store[at + F.section] = (namedParts.size && inNamedPart(passageAt(i))) || (headed.size && inHeaded(passageAt(i))) ? 1 : 0;
    store[at + F.sibling] = siblings.size && siblings.has(passageAt(i).id) ? 1 : 0;
    store[at + F.brevity] = BRIEF / (BRIEF + text.length);
    store[at + F.semantic] = 0;
    // Told from the text read above and the passage's number: at 100× the corpus, reading the
    // passage's own text again for it missed the CPU's caches (a sixth of /search's time).
    const last = isBareLabel(text) || contentsLines[numbers[i]!] === 1 || layoutLines[numbers[i]!] === 1;
    candidates.push(new NumberedCandidate(passages, numbers[i]!, rows[i]!, phrasesFound, last || undefined));
  }
  return candidates;
}

/**
 * The weighted sum of the features, added in FEATURES order. Written out rather than looped over
 * FEATURES: reading 14 properties by a variable name is a lookup each (~30 µs for /search's 150
 * candidates at 100×); named properties are read directly. The order of additions is FEATURES',
 * so the sum is the same to the bit (a test checks both).
 */
export function linearScore(f: FeatureVector, w: FeatureVector): number {
  let score = 0;
  score += f.words * w.words;
  score += f.bigrams * w.bigrams;
  score += f.unit * w.unit;
  score += f.focusWords * w.focusWords;
  score += f.intent * w.intent;
  score += f.phrase * w.phrase;
  score += f.date * w.date;
  score += f.country * w.country;
  score += f.document * w.document;
  score += f.lead * w.lead;
  score += f.endnote * w.endnote;
  score += f.characters * w.characters;
  score += f.section * w.section;
  score += f.follows * w.follows;
  score += f.sibling * w.sibling;
  score += f.brevity * w.brevity;
  score += f.semantic * w.semantic;
  return score;
}
