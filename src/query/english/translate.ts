// English question → Chinese query terms, using a lexicon built by buildEnglishLexicon. The
// terms feed the ordinary Chinese search, so answers remain the corpus's own sentences.
import { expandContractions } from './contractions.js';
import { matchEnglishDate } from './english-dates.js';
import { type EnglishToken, lemmatize, tokenizeEnglish } from './lemma.js';
import { type EnglishLexicon, MAX_CANDIDATES } from './lexicon.js';
import { countriesGroup, ordinalCounted, ordinalInDigits } from './ordinals.js';
import { namesFromPinyin } from './pinyin-names.js';
import { isStopLemma } from './stop-words.js';

/** What one English word or phrase of the question became. */
export interface TermGroup {
  /** As written in the question ("emergency loans", "WHO"). */
  english: string;
  /** Alternatives for it, best first (the search may treat them as one OR-group). */
  chinese: string[];
}

export interface EnglishTranslation {
  /** Chinese query terms, most confident first: every group's best term, then the second bests… */
  terms: string[];
  /** Meaningful English words nothing was found for (stop words excluded). */
  unknown: string[];
  groups: TermGroup[];
}

function lookup(table: Record<string, string[]>, key: string): string[] | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The longest lexicon phrase (2+ words) starting at `at`, with at least one meaningful word. */
function matchPhrase(tokens: readonly EnglishToken[], at: number, lexicon: EnglishLexicon): (TermGroup & { length: number }) | null {
  const longest = Math.min(lexicon.maxPhraseWords, tokens.length - at);
  for (let length = longest; length >= 2; length--) {
    const span = tokens.slice(at, at + length);
    if (span.every((t) => isStopLemma(t.lemma))) continue;
    // "call on March 16": the "on" is the date's, not the phrase's (call on, 呼吁).
    if (isStopLemma(span[length - 1]!.lemma) && matchEnglishDate(tokens, at + length) !== null) continue;
    const chinese = lookup(lexicon.words, span.map((t) => t.lemma).join(' '));
    if (chinese !== undefined) return { english: span.map((t) => t.text).join(' '), chinese, length };
  }
  return null;
}

/** Terms ordered by rank across groups, without repeats. */
export function interleave(groups: readonly TermGroup[]): string[] {
  const terms: string[] = [];
  const depth = Math.max(0, ...groups.map((g) => g.chinese.length));
  for (let rank = 0; rank < depth; rank++) {
    for (const group of groups) {
      const term = group.chinese[rank];
      if (term !== undefined && !terms.includes(term)) terms.push(term);
    }
  }
  return terms;
}

export interface TranslateOptions {
  /** Passages where two characters stand side by side: lets names written in pinyin be read. */
  pairFrequency?: (pair: string) => number;
}

const isName = (token: EnglishToken) => /^[A-Z][a-z]+$/.test(token.text) && !isStopLemma(token.lemma);

/** The adjective of an adverb ("severely" → severe, "heavily" → heavy, "basically" → basic), or null. */
function adjectiveOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length <= 5 || !lower.endsWith('ly')) return null;
  if (lower.endsWith('ically')) return lower.slice(0, -4);
  return lower.endsWith('ily') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2);
}

/**
 * One word's candidates: its exact -ing form's first ("meeting" 会议), then its lemma's ("meet"
 * 会见), so a form's narrow sense does not hide the verb's ("fighting" 战斗力, "fight" 抗击),
 * unless a plural says it is the noun ("meetings": 会议, not 符合 or 遇到); an adverb unknown as
 * such is read as its adjective.
 */
function wordCandidates(token: EnglishToken, lexicon: EnglishLexicon): string[] | undefined {
  const form = token.form !== null ? (lookup(lexicon.words, token.form) ?? []) : [];
  const noun = form.length > 0 && /ings$/i.test(token.text);
  const lemma = noun ? [] : (lookup(lexicon.words, token.lemma) ?? []);
  const adjective = adjectiveOf(token.text);
  const found = form.length + lemma.length ? [...form, ...lemma] : adjective ? (lookup(lexicon.words, lemmatize(adjective)) ?? []) : [];
  return found.length ? [...new Set(found)].slice(0, MAX_CANDIDATES) : undefined;
}

/**
 * Words an unknown one is derived from, by its suffix: "violation" from violate, "maintainer"
 * from maintain, "requirement" from require. CC-CEDICT glosses mostly the
 * base ("to violate (rules)" 违规), and the documents write the base's words as nouns (维护者
 * holds 维护), so the base's translations stand for a word nothing translates.
 */
/**
 * A base's fewest letters: a short one is mostly a word the ending only happens to leave (liv-er,
 * lov-er, act-or, lot-ion, base-ment, sweat-er), which translated "lotion" as 不少 and "sweater" as 津;
 * counted as the lemma looked up (sweate is sweat).
 */
const MIN_BASE = 6;

function baseWords(word: string): string[] {
  const lower = word.toLowerCase().replace(/s$/, '');
  const rules: [RegExp, string[]][] = [
    [/^(.{3,})ation$/, ['$1ate', '$1']],
    [/^(.{3,})ion$/, ['$1', '$1e']],
    [/^(.{3,})ment$/, ['$1']],
    [/^(.{3,})ness$/, ['$1']],
    [/^(.{3,})(?:er|or)$/, ['$1', '$1e']],
  ];
  for (const [suffix, bases] of rules) if (suffix.test(lower)) return bases.map((base) => lower.replace(suffix, base));
  return [];
}

/** The translations of the word an unknown word is derived from (baseWords), or undefined. */
function derivedCandidates(word: string, lexicon: EnglishLexicon): string[] | undefined {
  for (const base of baseWords(word)) {
    const lemma = lemmatize(base);
    if (lemma.length < MIN_BASE) continue;
    const found = lookup(lexicon.words, lemma);
    if (found) return found;
  }
  return undefined;
}

/** The corpus's spellings of one word read as pinyin ("Leishenshan"), or undefined. */
function pinyinWord(word: string, lexicon: EnglishLexicon, options: TranslateOptions): string[] | undefined {
  if (!options.pairFrequency || !lexicon.syllables) return undefined;
  const names = namesFromPinyin(word, lexicon.syllables, options.pairFrequency);
  return names.length ? names : undefined;
}

/** A name in pinyin written as a run of 2–3 capitalised words ("Zhong Nanshan", "Chen Zhu"). */
function matchPinyinRun(
  tokens: readonly EnglishToken[],
  at: number,
  lexicon: EnglishLexicon,
  options: TranslateOptions,
): (TermGroup & { length: number }) | null {
  let run = 0;
  while (run < 3 && tokens[at + run] !== undefined && isName(tokens[at + run]!)) run++;
  for (let length = run; length >= 2; length--) {
    const span = tokens.slice(at, at + length);
    const names = pinyinWord(span.map((t) => t.text).join(''), lexicon, options);
    if (names) return { english: span.map((t) => t.text).join(' '), chinese: names, length };
  }
  return null;
}

export function translateEnglishQuery(question: string, lexicon: EnglishLexicon, options: TranslateOptions = {}): EnglishTranslation {
  const groups: TermGroup[] = [];
  const unknown: string[] = [];
  const tokens = tokenizeEnglish(expandContractions(question));
  // Chinese written inside an English question ("What did 方舱医院 achieve?") is kept as is;
  // a question with no English words at all is not this module's to answer (empty result).
  if (tokens.some((t) => /[A-Za-z]/.test(t.text))) {
    for (const match of question.matchAll(/\p{Script=Han}+/gu)) groups.push({ english: match[0], chinese: [match[0]] });
  }
  for (let at = 0; at < tokens.length; ) {
    const token = tokens[at];
    if (token === undefined) break;
    const acronym = token.acronym ? lookup(lexicon.acronyms, token.text) : undefined;
    if (acronym !== undefined) {
      groups.push({ english: token.text, chinese: acronym });
      at += 1;
      continue;
    }
    const group = countriesGroup(tokens, at);
    if (group !== null) {
      groups.push({
        english: tokens
          .slice(at, at + group.length)
          .map((t) => t.text)
          .join('-'),
        chinese: group.chinese,
      });
      at += group.length;
      continue;
    }
    const date = matchEnglishDate(tokens, at);
    const phrase = date === null ? (matchPhrase(tokens, at, lexicon) ?? matchPinyinRun(tokens, at, lexicon, options)) : null;
    if (date !== null || phrase !== null) {
      const length = date?.length ?? phrase?.length ?? 1;
      const english = tokens
        .slice(at, at + length)
        .map((t) => t.text)
        .join(' ');
      groups.push({ english, chinese: date !== null ? [date.term] : (phrase?.chinese ?? []) });
      at += length;
      continue;
    }
    const counted = ordinalCounted(tokens, at);
    if (counted !== null) {
      groups.push({ english: token.text, chinese: counted });
      at += 1;
      continue;
    }
    const inDigits = ordinalInDigits(token.text);
    if (inDigits !== null) {
      groups.push({ english: token.text, chinese: [inDigits] });
      at += 1;
      continue;
    }
    at += 1;
    if (isStopLemma(token.lemma)) continue;
    if (/^\d+$/.test(token.text)) {
      // Figures are written in Arabic digits in the corpus ("25国"), so they search as they are.
      groups.push({ english: token.text, chinese: [token.text] });
      continue;
    }
    const chinese = wordCandidates(token, lexicon) ?? pinyinWord(token.text, lexicon, options) ?? derivedCandidates(token.text, lexicon);
    if (chinese !== undefined) groups.push({ english: token.text, chinese });
    else if (!unknown.includes(token.text)) unknown.push(token.text);
  }
  return { terms: interleave(groups), unknown, groups };
}

/** True when the text has more Latin letters than Han characters ("What is 方舱医院?" is English). */
export function isEnglishQuery(text: string): boolean {
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  // A group of countries (G20, G-20) is English of one letter.
  return (letters >= 2 || /\bG-?\d{1,2}\b/u.test(text)) && letters > han;
}
