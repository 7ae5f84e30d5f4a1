import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { writtenAddress } from './addresses.js';
import { amountMatches, amountNote } from './amount-search.js';
import { errorAnswer, onPage, pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { askedKindFirst, inThreadOrder } from './ask-order.js';
import { corpusExamples } from './corpus-examples.js';
import { dateWorthOffering } from './date-offer.js';
import { answerWholeDays, wholeDaysAsked } from './day-question.js';
import { daySearched } from './day-search.js';
import { answerWholeDocuments, documentsNamedAlone } from './document-question.js';
import { entryQuestionAnswer } from './entry-questions.js';
import { askSuggestions, nothingToFind, onlySymbols } from './free-text-messages.js';
import { headingMentions, labelsOnlyMentions, someHeadingWrites } from './heading-mentions.js';
import { partsNamedAlone } from './headings-named.js';
import { conditionFilter, NUMBER } from './keyword-test.js';
import { dayIn, localeOf, say } from './locale.js';
import { monthEntriesOffer, monthSearched } from './month-search.js';
import { holidayDaysAsked } from './named-days.js';
import { noDatedEntriesNote } from './no-dated-entries.js';
import { onDaysAsked } from './on-day.js';
import { passageItem } from './passage-item.js';
import { isPlainKeywords } from './plain-keywords.js';
import { nicknamesNote } from './post-question.js';
import { analyzeQuery } from './query-analysis.js';
import type { RankMode } from './rank-mode.js';
import { LISTED_AT_MOST, rankedResults } from './ranked-search.js';
import { resultHighlighter } from './result-highlights.js';
import {
  JAPANESE_OR_KOREAN,
  languageNotice,
  lostFiguresNotice,
  misspeltCommand,
  operatorsOnlyInSearch,
  relativeDayNotice,
  strippedDigitsNotice,
  tooBroad,
  unknownEnglishAside,
  unknownEnglishNotice,
  untranslatedNotice,
} from './result-notices.js';
import { correctedSearch, eachSentenceSearched, type PlainSearch, searchedWhole } from './search-retries.js';
import { readSearchSyntax, syntaxNotice } from './search-syntax.js';
import { answerWholeSections } from './section-question.js';
import { fieldNotes, fieldsIn } from './sentence-fields.js';
import { hasSingleCharacters, singleCharacterMatches } from './single-characters.js';
import { didYouMean } from './spelling.js';
import { sentencesMeeting, substringMatches } from './substring-search.js';
import { answerMoment, momentAsked } from './timecode-question.js';
import { unmatchedNotices } from './unmatched-notices.js';
import { hasSomethingToFind, validateQuery, type Wording } from './validate-query.js';
import { wholeThingAnswer } from './whole-questions.js';
import { sentencesWritingDays, someSentenceWritesDay, writesYear, writtenDayForm } from './written-days.js';
import { someSentenceWrites } from './written-in-corpus.js';

// /ask and /search differ only in wording and in how much an exact phrase counts.

const WORDING: Record<RankMode, Omit<Wording, 'example'>> = {
  ask: { what: '问题', whatEn: 'a question' },
  search: { what: '关键词', whatEn: 'keywords' },
};

/**
 * `correcting`: whether a search whose keyword is a typo shows the corrected word's results (not when it is that search).
 * `shortcuts`: whether Chinese keywords alone skip the readings they cannot need (plain-keywords.ts); off only to compare.
 */
export function answerFreeText(services: Services, request: AnswerRequest, mode: RankMode, correcting = true, shortcuts = true): Answer {
  const locale = localeOf(request);
  const plain: PlainSearch = (asked) => answerFreeText(services, asked, 'search', false, shortcuts);
  const keywordsOnly = shortcuts && mode === 'search' && isPlainKeywords(request.query);
  const invalid = keywordsOnly
    ? null
    : validateQuery(request.query, { ...WORDING[mode], example: () => corpusExamples(services)[mode] }, locale);
  if (invalid) return errorAnswer(request, invalid);
  // Punctuation or symbols alone (a stray quote, "？？？") hold nothing to look for: "use fewer keywords" was no help.
  // An emoji or a sign such as ㎡ is something /search looks for, when a sentence, title or heading writes it.
  const symbolsWritten = (folded: string) => someSentenceWrites(services.library, folded) || someHeadingWrites(services, folded);
  if (!keywordsOnly && !hasSomethingToFind(request.query, mode === 'search' ? symbolsWritten : null))
    return errorAnswer(request, onlySymbols(corpusExamples(services)[mode], locale));
  // A moment of a recording (第10分钟在讲什么, 00:12:30): the transcript's turns then.
  const moment = mode === 'ask' ? momentAsked(services, request.query) : null;
  if (moment) return answerMoment(services, request, moment);
  const days = mode === 'ask' ? (wholeDaysAsked(services, request.query) ?? holidayDaysAsked(services, request.query)) : null;
  // A day no entry stands under may still be written in the documents' text (a plain document's
  // "2023年4月12日，…"): then its sentences are ranked as for any question.
  const yearTyped = writesYear(request.query);
  const dayWritten = (day: string) => someSentenceWritesDay(services, day, yearTyped);
  // Over documents without dated entries a day has none to list (/date would only say so): the
  // question is answered from the text, as any other, with a note saying why.
  const undated = days !== null && !services.library.datesWithEntries.length;
  if (days && !undated && (days.some((day) => services.library.entriesOn(day).length > 0) || !days.some(dayWritten)))
    return answerWholeDays(services, request, days);
  const whole = mode === 'ask' ? wholeThingAnswer(services, request, days !== null) : null;
  if (whole) return whole;
  // A question a dated entry answers whole: a year, a release by its version, the newest.
  const entries = mode === 'ask' && !days ? entryQuestionAnswer(services, request) : null;
  if (entries) return entries;
  // A name joined by a dash, a Latin compound, a quantity or an address: searched whole first (search-retries.ts).
  const writtenWhole = mode === 'search' && correcting && !keywordsOnly ? searchedWhole(services, plain, request) : null;
  if (writtenWhole?.answer) return writtenWhole.answer;
  const quoted = writtenWhole?.quoted ?? null;
  // /search's operators ("…", -word, AND, OR): the rest of the query is ranked, among the
  // sentences meeting them.
  const syntax = mode === 'search' && !keywordsOnly ? readSearchSyntax(request.query) : null;
  if (syntax && !syntax.text.trim()) return errorAnswer(request, nothingToFind(syntax, locale));
  const typed = syntax ? syntax.text : request.query.trim();
  const meets = syntax ? conditionFilter(services, syntax.condition) : null;
  const analysis = analyzeQuery(services, typed, {
    aliasesAsText: mode === 'search',
    versionsAlways: mode === 'search',
    rankedAs: mode,
    keywordsOnly,
  });
  // Numbers alone (/search 10, 3.5) are looked for where they are written, whole: the index cuts
  // 10日 as one word, and scored 3.5 found 3月25日.
  const numbersOnly = mode === 'search' && analysis.phrases.length > 0 && analysis.phrases.every((p) => NUMBER.test(p));
  // A boolean condition (AND, OR, NOT) says which sentences it wants: every one meeting it is
  // listed and counted, each tested once. The index leaves out words too common to score (疫情 is
  // in 344 of 757 sentences), so 疫情 OR 武汉 found only the 武汉 ones: the rest follow the ranked
  // ones, in document order. Plain keywords beside "a phrase" or -word are ranked as a plain
  // search is, among the sentences meeting the operators.
  const meetingNumbers = meets && syntax?.boolean ? sentencesMeeting(services, meets) : null;
  const meeting = meetingNumbers && [...meetingNumbers].map((n) => services.index.numbers.passages[n]!);
  const admits = meetingNumbers ? (n: number) => meetingNumbers.has(n) : meets && ((n: number) => meets(services.library.matchTextAt(n)));
  // An address no sentence writes is none of theirs: by its pieces (acme, media, cn) it found every other address of its domain.
  const addressUnwritten = quoted !== null && !syntax && writtenAddress(request.query) !== null;
  // An amount (45.18亿) is found in whatever unit a sentence writes it (451,783.03万元): amount-search.ts.
  const amounts = mode === 'search' && !syntax && !keywordsOnly ? amountMatches(services, typed) : null;
  // A day alone (2026-03-17): the sentences writing it and the messages stamped on it, however it is typed.
  const dayHits = mode === 'search' && !syntax ? (daySearched(services, typed) ?? monthSearched(services, typed)) : null;
  // A day no sentence writes in a form read as a day (2024.05.03) is searched as typed.
  const direct = amounts?.length ? amounts : dayHits?.length ? dayHits : null;
  const results = direct
    ? { ranked: direct, matched: direct.length }
    : numbersOnly || addressUnwritten
      ? { ranked: [], matched: 0 }
      : rankedResults(services, analysis, mode, admits);
  let ranked = mode === 'ask' ? inThreadOrder(services, typed, results.ranked) : results.ranked;
  let matched = results.matched;
  if (meeting) {
    const listed = new Set(ranked.map((r) => r.passage.id));
    const rest = meeting.filter((passage) => !listed.has(passage.id)).map((passage) => ({ passage, score: 0, terms: [] }));
    ranked = [...ranked, ...rest.slice(0, Math.max(0, LISTED_AT_MOST - ranked.length))];
    matched = meeting.length;
  }
  // A question about a day only running text writes (5月3日发生了什么, 6月12日开了什么会, over news
  // files and minutes): the sentences writing it, in document order, when ranking found none.
  const textDays = days ?? (mode === 'ask' ? analysis.textDays.days : []);
  if (!ranked.length && textDays.length)
    ranked = sentencesWritingDays(services, textDays, yearTyped).map((passage) => ({
      passage,
      score: 1,
      terms: textDays.map(writtenDayForm),
    }));
  // A question whose words are single characters (1锚是多少米: 锚, 米) finds nothing ranked (single-characters.ts).
  if (!ranked.length && mode === 'ask' && hasSingleCharacters(analysis)) ranked = singleCharacterMatches(services, analysis, meets);
  if (mode === 'ask') ranked = askedKindFirst(services, typed, analysis, ranked, meets);
  let broad: string | null = null;
  if (!ranked.length && mode === 'search' && !syntax?.boolean && !addressUnwritten) {
    ranked = substringMatches(services, analysis.phrases, meets);
    broad = tooBroad(services, typed, ranked.length, locale);
  }
  // A /search of digits no result holds as typed may be looking for them where they were lost:
  // every copy that lost its digits is named then (a result writing them needs no note).
  const digitsSearched = mode === 'search' && /\d/u.test(typed);
  // A document's name and nothing more (/ask 员工手册) that no sentence answers asks for the document.
  const named = !ranked.length && mode === 'ask' ? documentsNamedAlone(services, request.query) : null;
  if (named) return answerWholeDocuments(services, request, named);
  // So does a part's name alone (禁忌 of a label 【禁忌】 over its items) for the part.
  const part = !ranked.length && mode === 'ask' ? partsNamedAlone(services, request.query) : null;
  if (part) return answerWholeSections(services, request, part);
  if (!ranked.length) {
    const allDocs = new Set(services.library.documents.map((d) => d.meta.id));
    const digitsLost = digitsSearched ? strippedDigitsNotice(services, request.query, allDocs, locale, true) : null;
    const unknown = analysis.unknownEnglish.length
      ? unknownEnglishAside(analysis.unknownEnglish, locale)
      : JAPANESE_OR_KOREAN.test(request.query)
        ? say(locale, '（目前只支持中文和英文，日文假名、韩文无法理解）', ' (only Chinese and English are read: kana and Hangul are not)')
        : '';
    // A day typed as a search ("3月18日") is found by /date, which lists that day's entries: offered
    // only when it has some on that day or near it (date-offer.ts).
    const asked = analysis.dates[0];
    const day = asked && dateWorthOffering(services, asked, yearTyped) ? asked : undefined;
    const dateHint = day ? [`/date ${dayIn(locale, day, services.defaultYear)}`] : [];
    const shown = request.query.trim();
    const relative = relativeDayNotice(request.query, corpusExamples(services).date, locale);
    const inHeadings = headingMentions(services, typed, locale);
    const operators = syntax ? syntaxNotice(syntax, locale, false) : null;
    const written = (keyword: string) => someSentenceWrites(services.library, keyword);
    const correction = mode === 'search' && !syntax && correcting ? didYouMean(services, typed, written, locale) : null;
    const corrected = correction && correcting ? correctedSearch(plain, request, correction, locale) : null;
    if (corrected) return corrected;
    const quoted = mode === 'search' && correcting ? eachSentenceSearched(plain, request, locale) : null;
    if (quoted) return quoted;
    return pagedAnswer(request, [], {
      message:
        say(
          locale,
          `没有找到与“${shown}”相关的句子${unknown}。${day ? '按日期查看条目请用 /date。' : ''}`,
          `No sentences found for “${shown}”${unknown}.${day ? ' To list a day’s dated entries, use /date.' : ''}`,
        ) +
        (undated ? `\n${noDatedEntriesNote(locale)}` : '') +
        (operators ? `\n${operators}` : '') +
        (correction ? `\n${correction.line}` : '') +
        (digitsLost ? `\n${digitsLost}` : '') +
        (inHeadings ? `\n${inHeadings}` : '') +
        (relative ? `\n${relative}` : ''),
      suggestions: [
        ...(correction ? [correction.search] : []),
        ...dateHint,
        ...(mode === 'ask'
          ? askSuggestions(services, analysis, locale)
          : [
              ...(syntax ? [say(locale, '去掉引号、AND 或排除词（-词）再试', 'Try without quotes, AND or excluded words (-word)')] : []),
              say(locale, '用更少或更短的关键词', 'Use fewer or shorter keywords'),
              say(locale, '用 /ask 提一个完整的问题', 'Ask a full question with /ask'),
            ]),
      ],
    });
  }
  // Keywords the operators require are in every result (punctuation aside): only the others are checked.
  // Amounts and days found are what was typed, however each is written: none is a miss (amountNote says so).
  // Speakers and day headings the search names (sentence-fields.ts): found once, for its notes and its unmatched keywords.
  const fields = mode === 'search' && !direct ? fieldsIn(services, typed, mode) : null;
  const unmatched =
    mode === 'search' && !direct
      ? [
          ...unmatchedNotices(services, syntax ? syntax.free.join(' ') : typed, ranked, locale, (!syntax && fields) || undefined),
          syntax || keywordsOnly ? null : untranslatedNotice(services, typed, analysis.keywordForms, ranked, locale),
        ]
      : [];
  // A keyword no result holds may be a typo of a word the documents write.
  const correction =
    unmatched[0] && !syntax && correcting
      ? didYouMean(services, typed, (keyword) => someSentenceWrites(services.library, keyword), locale)
      : null;
  const corrected = correction && correcting ? correctedSearch(plain, request, correction, locale) : null;
  if (corrected) return corrected;
  const figureMissing = digitsSearched && unmatched[0] !== null;
  // The copies the notice is about: the one answering first (its sentence is the one read for the
  // figure), and any the question names (白皮书里…多少).
  const shownDocs = new Set([
    ...ranked.slice(0, 1).map((r) => r.passage.docId),
    ...analysis.docIds,
    ...(figureMissing ? services.library.documents.map((d) => d.meta.id) : []),
  ]);
  const highlighted = resultHighlighter(services, analysis, mode, syntax);
  const monthOffer = mode === 'search' && !syntax ? monthEntriesOffer(services, typed, locale) : null;
  const commandMeant =
    mode === 'ask'
      ? (misspeltCommand(request.query, analysis.unknownEnglish, locale) ?? operatorsOnlyInSearch(request.query, locale))
      : null;
  return pagedAnswerOf(
    request,
    ranked,
    // A sentence written on several days (a meeting's 主持：…) is cited on the day the question names.
    (r) =>
      passageItem(
        services,
        onDaysAsked(r.passage, analysis.dates),
        r.score,
        direct && direct === dayHits ? r.terms : highlighted(r.passage, r.terms),
      ),
    {
      message:
        [
          broad,
          mode === 'ask' && nicknamesNote(services, typed, locale),
          ...(fields ? fieldNotes(fields, locale) : []),
          undated && noDatedEntriesNote(locale),
          syntax && syntaxNotice(syntax, locale),
          ...unmatched,
          amounts?.length ? amountNote(typed, amounts, locale) : null,
          monthOffer?.line,
          labelsOnlyMentions(services, typed, ranked, locale),
          correction?.line,
          keywordsOnly ? null : languageNotice(request.query, locale),
          relativeDayNotice(request.query, corpusExamples(services).date, locale),
          unknownEnglishNotice(analysis.unknownEnglish, locale),
          commandMeant?.line,
          strippedDigitsNotice(services, request.query, shownDocs, locale, figureMissing || undefined) ??
            lostFiguresNotice(
              services,
              onPage(request, ranked).map((r) => r.passage),
              request.query,
              locale,
            ),
        ]
          .filter(Boolean)
          .join('\n') || null,
      // For tools reading the JSON: the corrected search, which the message also says.
      suggestions: correction ? [correction.search] : commandMeant ? [commandMeant.run] : monthOffer ? [monthOffer.run] : [],
      matched,
    },
  );
}
