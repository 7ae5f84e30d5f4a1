import type { Services } from '../core/services.js';
import type { Section } from '../core/types.js';
import { findDatesInText } from '../query/date-find.js';
import { interleave } from '../query/english/index.js';
import { lemmatize } from '../query/english/lemma.js';
import { isStopLemma } from '../query/english/stop-words.js';
import { withDigitsTogether } from '../text/digit-groups.js';
import { simplifiedVariants } from '../text/normalize.js';
import { AT_GROUPING_COMMA } from '../text/number-spellings.js';
import { symbolRuns } from '../text/symbols.js';
import { withoutDemonstratives } from './demonstratives.js';
import { englishFocusTerms } from './english-focus.js';
import { embeddedEnglish, gluedNumbers, withoutWrittenCompounds } from './english-to-translate.js';
import { sectionsNamedByHeading } from './headings-named.js';
import { otherQuantitySpellings } from './quantity.js';
import { questionFocus } from './question-focus.js';
import { intentCues } from './question-intent.js';
import { isQuestionWord, withQuestionWordsApart } from './question-words-apart.js';
import type { RankMode } from './rank-mode.js';
import { RANKING_WEIGHTS } from './ranking-weights.js';
import { namedSections } from './section-reference.js';
import { subjectAliases } from './subject-aliases.js';
import { chooseTranslations } from './translation-choice.js';
import { versionForms, versionsStartingWith } from './version-starts.js';
import { writesYear } from './written-days.js';
import { asWrittenLatin, writesLatin } from './written-latin.js';

// What a free-text query says, read once: its words and bigrams (with synonym and English
// expansions), verbatim phrases, the days, countries and documents it names, and its asked part.

/**
 * Spaces, punctuation and symbols, but not a number's point or thousands comma: 3,000 and 1.20.4
 * are one phrase each (cut, "3,000" was 3 and 000, neither written whole), "1,2" two numbers.
 */
export const PUNCTUATION_OR_SPACE = new RegExp(String.raw`(?:(?!(?<=\d)\.\d)(?!${AT_GROUPING_COMMA})[\s\p{P}\p{S}])+`, 'gu');

export interface QueryAnalysis {
  words: string[];
  bigrams: string[];
  /** Folded Simplified phrases of the query (split at spaces and punctuation), for phrase matching. */
  phrases: string[];
  dates: string[];
  /**
   * Named days no chronicle entry stands under, which running text may write (会议定于2021年6月12日举行):
   * a sentence writing one is about the day, as an entry under a named day is.
   */
  textDays: { days: string[]; yearTyped: boolean };
  /** Countries and regions the question names (CN left out: nearly every passage is about China). */
  countries: string[];
  /** The question as typed, Simplified (for reading its intent). */
  question: string;
  /** Terms of the asked part of the question (see question-focus.ts). */
  focus: Set<string>;
  /** Documents the question points at by name; their passages are favoured. */
  docIds: string[];
  /** Sections under the parts the question names by position ("前言里…", "第四部分"), in the named documents if any. */
  sections: Section[];
  /** Parts the question names by their heading (红烧肉 of ## 4. 红烧肉（外婆做法）, 第十三条), with the parts under them. */
  headed: Section[];
  /** English words that could not be mapped (English questions only). */
  unknownEnglish: string[];
  /**
   * Each typed keyword's written forms, any of which stands for it: a phrase as typed and its
   * listed synonyms, an English word or expression by its chosen translations.
   */
  keywordForms: string[][];
}

/**
 * Every alias any document has, once (per document list): a query naming none of them, nearly
 * every query, then reads no document. At 100× the corpus that was 200 documents' metadata read
 * twice per query, a few hundred microseconds when caches are cold (after other commands).
 */
const aliasesOf = new WeakMap<readonly unknown[], string[]>();

function allAliases(services: Services): string[] {
  const { documents } = services.library;
  let aliases = aliasesOf.get(documents);
  if (!aliases) {
    aliases = [...new Set(documents.flatMap((doc) => (doc.meta.aliases ?? []).filter(Boolean)))];
    aliasesOf.set(documents, aliases);
  }
  return aliases;
}

/** Documents the question names by an alias ("白皮书里…"), and those aliases. */
function documentsNamed(services: Services, folded: string): { docIds: string[]; aliases: string[] } {
  const docIds: string[] = [];
  const aliases: string[] = [];
  if (!allAliases(services).some((alias) => folded.includes(alias))) return { docIds, aliases };
  for (const doc of services.library.documents) {
    const named = (doc.meta.aliases ?? []).filter((alias) => alias && folded.includes(alias));
    if (named.length) {
      docIds.push(doc.meta.id);
      aliases.push(...named);
    }
  }
  return { docIds, aliases };
}

/**
 * Countries an English question names by adjective ("German experts" → 德国): those its
 * translations name. Only countries: a continent's adjective ("European countries") asks which
 * countries, and does not point at the sentences about the continent.
 */
function countriesTranslated(services: Services, translated: string[]): string[] {
  return translated.length ? services.countriesIn(translated.join(' ')).filter((c) => !c.startsWith('region:')) : [];
}

function sectionsNamed(services: Services, question: string, docIds: string[]): Section[] {
  const named = namedSections(question);
  if (named === null) return [];
  const documents = services.library.documents.filter((d) => !docIds.length || docIds.includes(d.meta.id));
  return documents.flatMap((d) => d.sections.filter(named));
}

/** Terms of the question's asked part; none (and nothing tokenized) when it has none. */
function focusTermsOf(question: string, termsOf: (text: string) => string[]): string[] {
  const focus = questionFocus(question);
  // What the answer holds for what is asked (an age: the birth date's 出生) is asked too.
  return [...(focus ? termsOf(focus) : []), ...intentCues(question)];
}

export interface AnalysisOptions {
  /**
   * A document's alias (白皮书) is a word to find, not only a document named: /search looks for
   * what is typed, and the documents write their aliases too (中国政府特发布此白皮书). The named
   * document still ranks first among equals (the `document` feature).
   */
  aliasesAsText?: boolean;
  /**
   * A version typed by its start stands for the versions going on from it even where the documents
   * write it itself (/search v0.10 lists v0.10.1 too); otherwise only where they do not: beside
   * their rarer words, /ask v0.10什么时候发布 ranked the v0.10.1 sentences above the one about v0.10.
   */
  versionsAlways?: boolean;
  /**
   * How the query is ranked: what only a signal its weights (ranking-weights.ts) weigh 0 reads
   * is not looked for (/search weighs neither a part the question names nor its asked part,
   * which cost two more segmentations and a walk of the headings a query). Without, everything
   * is (fitting weighs every signal).
   */
  rankedAs?: RankMode;
  /** Chinese keywords alone (plain-keywords.ts): no Latin word, digit or quantity to translate or read as a version or unit. */
  keywordsOnly?: boolean;
}

export function analyzeQuery(
  services: Services,
  typed: string,
  { aliasesAsText = false, versionsAlways = false, rankedAs, keywordsOnly = false }: AnalysisOptions = {},
): QueryAnalysis {
  const weights = rankedAs && RANKING_WEIGHTS[rankedAs];
  const { tokenizer, synonyms } = services;
  // A Latin word is read as the documents write it: wifi as their Wi-Fi, GTX960 as their GTX 960;
  // a number typed in groups as its digits (137-2468-1357: 13724681357, written in groups or not).
  const query = withDigitsTogether(asWrittenLatin(services, typed), (digits) => services.index.frequency(digits) > 0);
  // Folded once: the question, its terms and its phrases all start from these (toSimplified's
  // conversion at each of them cost ~10 µs a time with cold caches, after other commands).
  const variants = simplifiedVariants(query);
  const question = variants[variants.length - 1] ?? '';
  const named = documentsNamed(services, question);
  const termsOf = (text: string) => Object.values(tokenizer.tokenize(text)).flat();
  // An alias selects a document; for /ask its own words must not also be matched as text.
  // Unless it is the document's subject, asked about (subject-aliases.ts: 广济桥在哪里).
  const subjects = aliasesAsText ? new Set<string>() : subjectAliases(services, question, named.aliases);
  const textAliases = aliasesAsText ? [] : named.aliases.filter((alias) => !subjects.has(alias));
  const aliasTerms = new Set(textAliases.flatMap(termsOf));
  // A question's own words (not a /search's keywords, which may be looking for 多少 as written).
  const cut = tokenizer.tokenizeVariants(aliasesAsText ? variants : variants.map((v) => withQuestionWordsApart(withoutDemonstratives(v))));
  const own = aliasesAsText
    ? cut
    : { words: cut.words.filter((w) => !isQuestionWord(w)), bigrams: cut.bigrams.filter((b) => !isQuestionWord(b)) };
  // An English question, or the English words of a Chinese one ("Italy医疗队什么时候到的"), which
  // are translated the same way (and judged by the same co-occurrence with the question's words).
  // Read at its width (Ｉｔａｌｙ is Italy) but in its own case: WHO is not who.
  const toTranslate = keywordsOnly ? query : withoutWrittenCompounds(services, query.normalize('NFKC'), own.words);
  const english = keywordsOnly ? null : services.english(toTranslate);
  const translation = english ?? (keywordsOnly ? null : services.english(embeddedEnglish(toTranslate)));
  // An English question's own words the corpus never writes ("which", "treating") match nothing
  // and would only weigh on coverage; its Chinese translations stand for them.
  // In a Chinese question an English word the lexicon cannot translate either (Paxlovid) stays:
  // a name the documents never write is what makes such a question unanswerable.
  const untranslated = new Set(english ? [] : (translation?.unknown ?? []).map((w) => w.toLowerCase()));
  const unmatchedEnglish = (w: string) =>
    translation !== null && /^[a-z]/.test(w) && services.index.frequency(w) === 0 && !untranslated.has(w);
  const glued = translation ? gluedNumbers(toTranslate) : new Set<string>();
  const meaningful = own.words.filter((w) => !aliasTerms.has(w) && !unmatchedEnglish(w) && !glued.has(w));
  // English glue words that documents in English write everywhere ("the", "is") would match, and
  // light up, every English sentence; an acronym typed in capitals (WHO, US) is a name.
  const typedCapitals = new Set(keywordsOnly ? [] : (query.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
  const glue = (w: string) => /^[a-z]/.test(w) && !typedCapitals.has(w) && isStopLemma(lemmatize(w));
  // Kept only when they are all the question has: beside translated words (lighthouse: 灯塔), "the"
  // matched and ranked "the Lantern Council" first.
  const anyTranslated = (translation?.groups.length ?? 0) > 0;
  const words = anyTranslated || meaningful.some((w) => !glue(w)) ? meaningful.filter((w) => !glue(w)) : meaningful;
  const bigrams = own.bigrams.filter((b) => !aliasTerms.has(b));
  // An English question names a document too ("the white paper"): its translation is the
  // document's alias, which selects the document and is not searched as text (as in Chinese).
  const chosenGroups = translation ? chooseTranslations(services, translation.groups) : [];
  const translations = interleave(chosenGroups);
  const namedInEnglish = translation ? documentsNamed(services, translations.join(' ')) : { docIds: [], aliases: [] };
  const englishAliases = aliasesAsText ? [] : namedInEnglish.aliases;
  const translated = translations.filter((t) => !englishAliases.some((alias) => t.includes(alias)));
  // Expansions: how the corpus may write a word (卫健委 → 国家卫生健康委), and English terms.
  const wordGroups = [...new Set(words)].map((word) => {
    const alternatives = synonyms.get(word);
    return { expands: alternatives !== undefined, chinese: alternatives ? [...alternatives] : [word] };
  });
  const chosenSynonyms = chooseTranslations(services, wordGroups).flatMap((g) => (g.expands ? g.chinese : []));
  // A version's start (v1.2) stands for the versions going on from it that the documents write (1.2.0).
  const unwritten = (word: string) => versionsAlways || services.index.frequency(word) === 0;
  const versions = keywordsOnly ? [] : [...new Set(words.filter(unwritten).flatMap((word) => versionsStartingWith(services.index, word)))];
  const expansions = [...chosenSynonyms, ...translated, ...versions];
  for (const expansion of expansions) {
    const t = tokenizer.tokenize(expansion);
    words.push(...t.words.filter((w) => !glued.has(w)));
    bigrams.push(...t.bigrams);
  }
  const phrases = variants
    .flatMap((v) => textAliases.reduce((parts, alias) => parts.flatMap((p) => p.split(alias)), [v]))
    .flatMap((v) => v.split(PUNCTUATION_OR_SPACE))
    // A mark left of a symbol is no phrase (the variation selector of ⚖️ was found in 🕵️).
    .filter((p) => p && !glued.has(p) && !/^[\p{M}\p{Cf}]+$/u.test(p));
  // A glue word is no phrase either: "is" would be found, and lit, in every English sentence.
  // A query of symbols alone (an emoji, ⚖️) is looked for as written: its runs of them are its phrases.
  const keptPhrases = phrases.length
    ? [...new Set(phrases)].filter((p) => !glue(p) || phrases.every(glue))
    : [...new Set(variants.flatMap(symbolRuns))];
  // A quantity in its unit's other spellings (500g: 500克): its unit so written is a word a sentence may hold.
  const unitForms = new Map(keptPhrases.map((p) => [p, keywordsOnly ? [] : otherQuantitySpellings(p)]));
  for (const forms of unitForms.values()) for (const form of forms) words.push(...tokenizer.tokenize(form).words);
  // An English question's asked part is searched through its words' translations.
  const focusTerms =
    weights?.focusWords === 0
      ? []
      : english
        ? englishFocusTerms(query, chosenGroups).flatMap((t) => tokenizer.tokenize(t).words)
        : focusTermsOf(question, termsOf);
  const partsWeighed = weights?.section !== 0;
  const docIds = [...new Set([...named.docIds, ...namedInEnglish.docIds])];
  const dates = findDatesInText(query, services.defaultYear).map((m) => m.date);
  const sections = partsWeighed ? sectionsNamed(services, question, docIds) : [];
  return {
    question,
    focus: new Set(focusTerms),
    words,
    bigrams,
    phrases: keptPhrases,
    dates,
    textDays: { days: dates.filter((day) => services.library.entriesOn(day).length === 0), yearTyped: writesYear(query) },
    countries: [...new Set([...services.countriesIn(query), ...countriesTranslated(services, translated)])].filter((c) => c !== 'CN'),
    docIds,
    sections,
    // A part named by position too (前言) is read as before: only its sentences sharing a word compete.
    headed: partsWeighed
      ? sectionsNamedByHeading(services, question, docIds, translated).filter((section) => !sections.includes(section))
      : [],
    // Words the lexicon lacks but the documents write (GOARN) are matched as written: not "not understood".
    keywordForms: [
      // A phrase stands for itself and what synonyms.txt says it means (世卫组织 = 世界卫生组织); a
      // learned synonym is only a near word (探针 for 探测器), found by share if at all.
      ...keptPhrases.map((p) => [
        p,
        ...(services.listedSynonyms.get(p) ?? []),
        ...(keywordsOnly ? [] : versionForms(services.index, p)),
        ...(unitForms.get(p) ?? []),
      ]),
      // A number glued to a word (the 19 of COVID-19) is no keyword of its own: 19国 is no result of COVID-19.
      ...chosenGroups
        .filter((group) => !glued.has(group.english))
        .map((group) => group.chinese.filter((t) => !englishAliases.some((alias) => t.includes(alias)))),
    ],
    // Nor is a word they write that the tokenizer cuts (120Hz: 120 and hz).
    unknownEnglish: (translation?.unknown ?? []).filter(
      (w) => services.index.frequency(w.toLowerCase()) === 0 && services.index.frequency(lemmatize(w)) === 0 && !writesLatin(services, w),
    ),
  };
}
