import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Logger } from 'pino';
import { errorAnswer } from '../answer/answer-shape.js';
import { corpusExamples } from '../answer/corpus-examples.js';
import { dispatch } from '../answer/dispatch.js';
import { corpusChangeOf } from '../answer/help.js';
import { prepareNearWords } from '../answer/near-words.js';
import { fieldsIn } from '../answer/sentence-fields.js';
import { unitSpansFor } from '../answer/unit-spans.js';
import { detectCountries } from '../geo/detect-countries.js';
import { primeGazetteer } from '../geo/gazetteer.js';
import { placeNamedBy, resolveCountry } from '../geo/resolve-country.js';
import { suggestCountries } from '../geo/suggest-countries.js';
import { FORMATS_READ } from '../ingest/document-formats.js';
import { linesNotRead, readEditableFile } from '../ingest/editable-file.js';
import { logger as rootLogger } from '../log.js';
import { parseEnglishLexicon, readingsByCharacter } from '../query/english/index.js';
import { mayNameEra } from '../query/era-names.js';
import { suggestDates } from '../query/suggest-dates.js';
import { cutGraphemes, wellFormed } from '../text/graphemes.js';
import { toSimplified } from '../text/normalize.js';
import { isSynonymLine, parseSynonyms, withLearnedSynonyms, withSpellings } from '../text/synonyms.js';
import { createTokenizer } from '../text/tokenizer.js';
import { corpusCacheDir } from './corpus-cache-dir.js';
import { corpusStamp } from './corpus-stamp.js';
import type { Engine } from './engine-api.js';
import { englishTranslator } from './english-translator.js';
import { inputsDigest } from './inputs-digest.js';
import { lazyMap, once } from './lazy.js';
import { buildLibrary, type Library } from './library.js';
import { type Loaded, type LoadInputs, loadOrBuild } from './load-or-build.js';
import { DEFAULT_PATHS } from './paths.js';
import type { CorpusFollow, Services } from './services.js';
import { START_UP } from './start-up-messages.js';
import type { Answer, AnswerRequest, CorpusStats } from './types.js';
import { VERSION } from './version.js';
import { wordVectorsOrNull } from './word-vectors-file.js';

export interface EngineOptions {
  corpusDir?: string;
  domainWordsPath?: string;
  synonymsPath?: string;
  cacheDir?: string;
  logger?: Logger;
  /** Ignore a saved index and rebuild (npm run build-index). */
  forceRebuild?: boolean;
  /** Year assumed for dates typed without one. */
  defaultYear?: number;
  /** Load the saved index or throw SavedIndexNotCurrent, never build (a running bot's reload: live-engine.ts). */
  loadOnly?: boolean;
  /** Under loadOnly, why a saved index is not to be served (load-or-build.ts). */
  refuse?: LoadInputs['refuse'];
  /** Start from a saved index of the folder as it was (a bot that follows its folder: load-or-build.ts). */
  serveStale?: boolean;
  /** Load a saved index or throw SavedIndexNotCurrent, never build (a shard: load-or-build.ts). */
  neverBuild?: boolean;
  /** How a changed corpus folder reaches the answers (default: at a restart). */
  corpusFollow?: () => CorpusFollow;
  /** Word vectors already opened (by the engine a reload replaces): they do not depend on the corpus. */
  wordVectors?: Services['wordVectors'];
}

function statsOf(loaded: Loaded): CorpusStats {
  const documents = loaded.saved.corpus.documents.map((d) => ({
    id: d.meta.id,
    title: d.meta.title,
    ...(d.meta.file ? { file: d.meta.file } : {}),
    kind: d.meta.kind,
    passages: d.passages.length,
    sentences: d.passages.reduce((n, p) => n + p.places.length, 0),
    entries: d.entries.length,
    digitsStripped: d.meta.digitsStripped === true,
  }));
  return {
    documents,
    passages: documents.reduce((n, d) => n + d.passages, 0),
    sentences: documents.reduce((n, d) => n + d.sentences, 0),
    entries: documents.reduce((n, d) => n + d.entries, 0),
    indexBuiltAt: loaded.saved.builtAt,
    indexFromCache: loaded.fromCache,
    version: VERSION,
    skipped: loaded.saved.corpus.skipped ?? [],
    ...(loaded.repairs.length ? { repairs: loaded.repairs } : {}),
  };
}

/** The folder an engine serves, and the dictionary files it reads, as a stamp (corpus-stamp.ts). */
export function corpusStampOf(options: EngineOptions): string {
  const { corpusDir, domainWordsPath, synonymsPath } = loadInputsOf(options);
  return corpusStamp(corpusDir, [domainWordsPath, synonymsPath]);
}

/** Start-up stops, saying what to do, when the corpus folder does not exist. */
export function requireCorpusDir(corpusDir: string): void {
  if (!existsSync(corpusDir)) throw new Error(`语料目录不存在：${corpusDir}（请创建它并放入文档：${FORMATS_READ}）`);
}

/** What loading the index reads, defaults filled in (and the synonyms, which the engine reads beside it). */
export function loadInputsOf(options: EngineOptions): LoadInputs & EngineOptions & { synonymsPath: string } {
  const corpusDir = options.corpusDir ?? DEFAULT_PATHS.corpusDir;
  return {
    ...options,
    corpusDir,
    domainWordsPath: options.domainWordsPath ?? DEFAULT_PATHS.domainWords,
    synonymsPath: options.synonymsPath ?? DEFAULT_PATHS.synonyms,
    // An explicit cache folder is used as is; by default each corpus folder has its own.
    cacheDir: options.cacheDir ?? corpusCacheDir(DEFAULT_PATHS.cacheDir, corpusDir),
    ...(options.cacheDir === undefined ? { cacheBaseDir: DEFAULT_PATHS.cacheDir } : {}),
  };
}

/** The core's services, loaded or built (for the engine, and for scripts that study ranking). */
export function createServices(options: EngineOptions, log: Logger): Services {
  const resolved = loadInputsOf(options);
  requireCorpusDir(resolved.corpusDir);
  const stampAtStart = corpusStampOf(options);
  const loaded = loadOrBuild(resolved, log);
  if (loaded.fromCache && !primeGazetteer(loaded.saved.gazetteer)) log.warn(START_UP.gazetteerUnusable);
  warmUp(log);
  const library = buildLibrary(loaded.saved.corpus, loaded.index.numbers);
  // Closures below must not hold `loaded`: it carries the saved JSON, garbage once loaded.
  const { segmenter } = loaded;
  // A day typed without a year is of the year of a document with dated entries first: a diary of 2025's
  // 10月6日, not the 2026 of a press conference listed before it, which has no entries to list.
  const { documents } = loaded.saved.corpus;
  const defaultYear =
    options.defaultYear ??
    documents.find((d) => d.meta.year && d.entries.length)?.meta.year ??
    documents.find((d) => d.meta.year)?.meta.year ??
    mostEntriesYear(library) ??
    2020;
  // Parsed on first use (lazy.ts); the saved index holds it as JSON text.
  const savedLexicon = loaded.saved.lexicon;
  const lexicon = once(() => parseEnglishLexicon(savedLexicon));
  const { synonymsPath } = resolved;
  const synonymsFile = readEditableFile(synonymsPath);
  for (const problem of [
    ...synonymsFile.problems,
    ...linesNotRead(basename(synonymsPath), synonymsFile.text, isSynonymLine, '词 = 别的说法'),
  ])
    log.warn({ problem }, 'corpus problem');
  const listedSynonyms = parseSynonyms(synonymsFile.text);
  const pairFrequency = loaded.index.frequency;
  const translator = once(() => englishTranslator(lexicon(), { pairFrequency }, log));
  // Every character's readings (a typed one the documents never use too); a lexicon saved before them has the corpus's only.
  const readings = once(() => {
    const saved = lexicon();
    return readingsByCharacter(saved?.readings && Object.keys(saved.readings).length ? saved.readings : (saved?.syllables ?? {}));
  });
  const services: Services = {
    library,
    index: loaded.index,
    tokenizer: createTokenizer(segmenter),
    segment: segmenter.cut,
    wordVectors: options.wordVectors ?? once(() => wordVectorsOrNull(log)),
    synonyms: lazyMap(() => withLearnedSynonyms(withSpellings(listedSynonyms, lexicon()?.spellings ?? {}), lexicon()?.synonyms ?? {})),
    listedSynonyms: lazyMap(() => withSpellings(listedSynonyms, lexicon()?.spellings ?? {})),
    english: (question) => translator()(question),
    readings: (character) => readings().get(character) ?? [],
    mayNameEra: (word) => mayNameEra(lexicon()?.nonEraWords ?? {}, word),
    countriesIn: (text) => detectCountries(toSimplified(text), { segment: segmenter.cut }),
    defaultYear,
    stats: statsOf(loaded),
    // A stale index (serveStale) served the folder as it was, whatever its stamp is now: never
    // the folder's stamp, so that the watch reads the folder (live-engine.ts).
    corpusStamp: loaded.stale ? `stale:${stampAtStart}` : stampAtStart,
    loadedFrom: inputsDigest(loaded.saved.fingerprint, synonymsFile.text),
    corpusChanged: loaded.stale ? () => true : () => corpusStampOf(options) !== stampAtStart,
    corpusFollow: options.corpusFollow ?? (() => 'restart'),
  };
  return services;
}

/**
 * The year most dated entries fall in: a user's chronicle without a `year` in its sidecar whose
 * headings write one (2022年1月5日). A day typed without a year (/date 1月9日) then means that year,
 * not 2020, for which /date answered "nothing on 1月9日, try 2022年1月9日" and "/date 1月: try /date 1月".
 */
function mostEntriesYear(library: Library): number | null {
  const counts = new Map<number, number>();
  for (const { date, count } of library.datesWithEntries) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + count);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const log = engineLog(options);
  return engineOf(readyServices(options, log), log);
}

export const engineLog = (options: EngineOptions): Logger => (options.logger ?? rootLogger).child({ component: 'engine' });

/** The services, logged as ready and warmed up right after (while the bot logs in to Discord), so the first answer does not pay for it. */
export function readyServices(options: EngineOptions, log: Logger): Services {
  const started = performance.now();
  const services = createServices(options, log);
  log.info(
    { passages: services.stats.passages, fromCache: services.stats.indexFromCache, ms: Math.round(performance.now() - started) },
    'engine ready',
  );
  setImmediate(() => warmUpAfterReady(services, log)).unref();
  return services;
}

/** The adapters' view of the services. */
export function engineOf(services: Services, log: Logger): Engine {
  const { library, defaultYear } = services;
  return {
    // A lone surrogate (JSON can carry one) would be echoed into answers as invalid text.
    answer: (request: AnswerRequest): Answer =>
      safeDispatch(services, { ...request, command: wellFormed(request.command), query: wellFormed(request.query) }, log),
    suggestDates: (typed, locale) => suggestDates(wellFormed(typed), library.datesWithEntries, defaultYear, 25, locale),
    suggestCountries: (typed, locale) => suggestCountries(wellFormed(typed), library.countriesWithPassages, 25, locale),
    stats: () => {
      const change = corpusChangeOf(services);
      return change ? { ...services.stats, corpusChange: change } : services.stats;
    },
    examples: () => corpusExamples(services),
  };
}

/**
 * Builds the lazy lookups (country name index) now, so the first user does not pay for them.
 * An exception here is a bug, logged; it must not stop the bot from starting.
 */
function warmUp(log: Logger): void {
  try {
    resolveCountry('意大利');
  } catch (error) {
    log.error({ err: error }, 'warm-up failed');
  }
}

/** Sentences folded to their match text per turn of the event loop: ~20 ms at a time, between answers. */
const FOLDED_PER_TURN = 2000;

/**
 * Every sentence's match text (folded Simplified), a share at a time, so that the first search
 * reading every sentence (one the index finds nothing for, a Latin word's spellings) does not
 * fold them all at once: 0.9 s at 100× the corpus, on the thread that answers interactions.
 */
function foldSentencesInTurns(library: Services['library'], from: number, log: Logger): void {
  try {
    const to = Math.min(library.passageCount, from + FOLDED_PER_TURN);
    for (let n = from; n < to; n++) library.matchTextAt(n);
    // A timer, not setImmediate: an unref'd immediate waits while the loop sleeps until its next timer.
    if (to < library.passageCount) setTimeout(() => foldSentencesInTurns(library, to, log), 0).unref();
  } catch (error) {
    log.error({ err: error }, 'warm-up failed');
  }
}

/**
 * What answers need but ready does not: OpenCC's converters, the grapheme segmenter, the English
 * lexicon (~90 ms), the library's lookups by passage id (~0.1 s at 100× the corpus) and the
 * units' spans (unit-spans.ts), the speakers of chats, threads and transcripts (speaker-field.ts), diary days' headings (heading-field.ts),
 * and the vectors of the corpus's words (near-words.ts).
 */
function warmUpAfterReady(services: Services, log: Logger): void {
  try {
    services.library.unitsOf('');
    services.library.unitTextNumbers('');
    unitSpansFor(services.library, services.library.passageCount);
    services.library.sectionOf('');
    toSimplified('說');
    cutGraphemes('說', 1);
    services.synonyms.get('');
    services.english('warm up');
    // English country names and demonyms (/country's autocomplete reads them: 16 ms once).
    placeNamedBy('Koreans');
    services.wordVectors();
    // The corpus's words' vectors, which /ask compares a question's unseen words with (~0.3 s once).
    prepareNearWords(services);
    // The chats', threads' and transcripts' speakers and their sentences (21 ms once over genre v5's chat),
    // and the diary days' headings and their remarks, which /search reads as a field (0.2 s once over 2,000 days).
    fieldsIn(services, '', 'search');
  } catch (error) {
    log.error({ err: error }, 'warm-up failed');
  }
  foldSentencesInTurns(services.library, 0, log);
}

/** A bug in an answer module must not take the bot down: it becomes an error answer and a log line. */
function safeDispatch(services: Services, request: AnswerRequest, log: Logger): Answer {
  try {
    return dispatch(services, request);
  } catch (error) {
    log.error({ err: error, command: request.command }, START_UP.answerFailed);
    return errorAnswer(request, { code: 'internal-error', message: '抱歉，处理这个请求时出了问题，请稍后再试。' });
  }
}
