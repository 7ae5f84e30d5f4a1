// Scores how well a Chinese headword translates an English word, from where that word sits in
// the headword's CEDICT glosses. The main sense matching exactly ("bank" for 银行) scores highest;
// a word buried in a long gloss scores little, so glue words do not collect dozens of candidates.
import type { CedictEntry } from './cedict-source.js';
import type { CorpusWords } from './corpus-words.js';
import { type GlossPhrase, parseMeaning, phraseKey } from './gloss.js';
import { isStopLemma } from './stop-words.js';

/** English key → Chinese word → best score seen. */
export type CandidateTable = Map<string, Map<string, number>>;

/** Glosses longer than this many words are descriptions, not translations. */
const SHORT_GLOSS_WORDS = 4;

/** A preposition opening an adverbial gloss. */
const PREPOSITION = /^(?:in|at|on|by|of|under|without|with|from|out|off|over|for)$/;

/** A negation: a gloss saying it before its words means their opposite. */
const NEGATION = /^(?:not|no|never|cannot|nor|neither|non)$/;

/**
 * Whether a negation comes before the gloss's first meaningful word: 不到 "not to arrive", 不好
 * "not good", 未必 "not necessarily" mean the opposite of "arrive", "good", "necessarily", so they
 * are filed under the gloss whole only (filed under the word, "arrived" was 不到, as strongly as a
 * plain translation: the negation is a stop word, so the word was the gloss's one meaningful word).
 */
function negated(phrase: GlossPhrase): boolean {
  const first = phrase.lemmas.indexOf(phrase.content[0] ?? '');
  return phrase.lemmas.slice(0, Math.max(0, first)).some((lemma) => NEGATION.test(lemma));
}

/** Weight of an -ing/-ed gloss word under its stem's key. */
const DERIVED = 0.7;

function add(table: CandidateTable, key: string, chinese: string, score: number): void {
  let candidates = table.get(key);
  if (candidates === undefined) {
    candidates = new Map();
    table.set(key, candidates);
  }
  candidates.set(chinese, Math.max(candidates.get(chinese) ?? 0, score));
}

/** Single characters are ambiguous as search terms; longer words are more specific. */
function lengthFactor(chinese: string): number {
  const length = Array.from(chinese).length;
  if (length === 1) return 0.35;
  return length === 2 ? 1 : 1.1;
}

/** Later senses are less likely to be what a question means. */
function senseDecay(index: number): number {
  return 1 / (1 + 0.4 * index);
}

/** A phrase without its leading and trailing function words ("take part in" → "take part"). */
function trimStops(lemmas: readonly string[]): string[] {
  let start = 0;
  let end = lemmas.length;
  while (start < end && isStopLemma(lemmas[start] ?? '')) start++;
  while (end > start && isStopLemma(lemmas[end - 1] ?? '')) end--;
  return lemmas.slice(start, end);
}

export function scoreCedictEntries(
  entries: readonly CedictEntry[],
  words: CorpusWords,
  pickForm: (forms: readonly string[]) => string | null,
): { words: CandidateTable; acronyms: CandidateTable } {
  const wordTable: CandidateTable = new Map();
  const acronymTable: CandidateTable = new Map();
  for (const entry of entries) {
    const chinese = pickForm([entry.simplified, entry.traditional]);
    if (chinese === null) continue;
    // Frequent corpus words are a mild tie-breaker between equally good glosses.
    const prior = lengthFactor(chinese) * (1 + 0.08 * Math.log1p(words.count(chinese)));
    entry.meanings.forEach((meaning, index) => {
      const parsed = parseMeaning(meaning);
      const weight = senseDecay(index) * prior * (parsed.marked ? 0.5 : 1);
      for (const acronym of parsed.acronyms) add(acronymTable, acronym, chinese, weight);
      for (const phrase of parsed.phrases) {
        const short = phrase.lemmas.length <= SHORT_GLOSS_WORDS;
        // One word after a preposition ("in case" 如果, "in many cases" 往往, "of course" 当然) is an
        // adverb's or a conjunction's gloss, which means what the phrase means, not the word: alone,
        // "case" was 如果 and 往往 as much as 案件. Weak then, as a word of a longer gloss; the phrase
        // itself is filed whole below. ("every day" 每天 is still "day".)
        const framed = phrase.content.length === 1 && phrase.lemmas.length > 1 && PREPOSITION.test(phrase.lemmas[0] ?? '');
        const wordWeight = phrase.content.length === 1 ? (short ? (framed ? 0.3 : 1) : 0.1) : (short ? 0.3 : 0.1) / phrase.content.length;
        if (!negated(phrase))
          phrase.content.forEach((lemma, at) => {
            const form = phrase.forms[at] ?? null;
            // A derived gloss word ("banking") only weakly translates its stem ("bank").
            add(wordTable, lemma, chinese, weight * wordWeight * (form === null ? 1 : DERIVED));
            if (form !== null) add(wordTable, form, chinese, weight * wordWeight);
          });
        // A gloss of one meaningful word and function words ("every day" 每天, "in time" 及时) is
        // also filed whole: the word alone ("day") would lose what the function word adds.
        if (phrase.content.length === 1) {
          if (short && phrase.lemmas.length > 1) add(wordTable, phraseKey(phrase.lemmas), chinese, weight);
          continue;
        }
        if (short) {
          add(wordTable, phraseKey(phrase.lemmas), chinese, weight);
          add(wordTable, phraseKey(trimStops(phrase.lemmas)), chinese, weight);
        }
      }
    });
  }
  return { words: wordTable, acronyms: acronymTable };
}
