import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { errorAnswer } from '../answer/answer-shape.js';
import { dispatch } from '../answer/dispatch.js';
import { detectCountries } from '../geo/detect-countries.js';
import { primeGazetteer } from '../geo/gazetteer.js';
import { resolveCountry } from '../geo/resolve-country.js';
import { suggestCountries } from '../geo/suggest-countries.js';
import { buildSavedIndex, dictionaryFilesIn } from '../index/build-saved-index.js';
import { corpusFingerprint } from '../index/fingerprint.js';
import { readSavedIndex, type SavedIndex, writeSavedIndex } from '../index/index-cache.js';
import { loadPassageIndex, type PassageIndex } from '../index/passage-index.js';
import { logger as rootLogger } from '../log.js';
import { suggestDates } from '../query/suggest-dates.js';
import { type DictionaryFiles, hashDictionary } from '../text/jieba-dictionary.js';
import { toSimplified } from '../text/normalize.js';
import { loadSegmenter, type Segmenter } from '../text/segmenter.js';
import { readSynonyms } from '../text/synonyms.js';
import { createTokenizer } from '../text/tokenizer.js';
import { corpusCacheDir } from './corpus-cache-dir.js';
import type { Engine } from './engine-api.js';
import { englishTranslator } from './english-translator.js';
import { buildLibrary } from './library.js';
import { DEFAULT_PATHS } from './paths.js';
import type { Services } from './services.js';
import type { Answer, AnswerRequest, CorpusStats } from './types.js';
import { VERSION } from './version.js';

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
}

interface Loaded {
  saved: SavedIndex;
  segmenter: Segmenter;
  index: PassageIndex;
  fromCache: boolean;
}

function dictionaryIntact(files: DictionaryFiles, expected: string): boolean {
  if (![files.dict, files.user, files.idf, files.stopWords].every((p) => existsSync(p))) return false;
  return hashDictionary(files) === expected;
}

/** Loads the saved index when it matches the corpus, or rebuilds (and saves) it. */
function loadOrBuild(
  options: Required<Pick<EngineOptions, 'corpusDir' | 'domainWordsPath' | 'cacheDir'>> & EngineOptions,
  log: Logger,
): Loaded {
  const fingerprint = corpusFingerprint(options.corpusDir, [options.domainWordsPath]);
  const read = options.forceRebuild ? { ok: false as const, reason: 'rebuild requested' } : readSavedIndex(options.cacheDir, fingerprint);
  if (read.ok) {
    const files = dictionaryFilesIn(options.cacheDir);
    if (dictionaryIntact(files, read.saved.dictionaryHash)) {
      const segmenter = loadSegmenter(files, read.saved.dictionaryHash);
      try {
        return { saved: read.saved, segmenter, index: loadPassageIndex(read.saved.index), fromCache: true };
      } catch (error) {
        log.warn({ err: (error as Error).message }, 'saved index could not be loaded; rebuilding');
      }
    } else log.warn('saved dictionary is missing or damaged; rebuilding the index');
  } else if (read.reason !== 'no saved index' && read.reason !== 'rebuild requested') {
    log.warn({ reason: read.reason }, 'saved index not usable; rebuilding');
  }
  const built = buildSavedIndex({
    corpusDir: options.corpusDir,
    domainWordsPath: options.domainWordsPath,
    cacheDir: options.cacheDir,
    fingerprint,
  });
  for (const problem of built.problems) log.warn({ problem }, 'corpus problem');
  // Repairs of known source defects are expected: counted at info, listed at debug.
  if (built.repairs.length)
    log.info({ count: built.repairs.length }, 'corpus repaired while ingesting (LOG_LEVEL=debug lists each repair)');
  for (const repair of built.repairs) log.debug({ repair }, 'corpus repair');
  try {
    writeSavedIndex(options.cacheDir, built.saved);
  } catch (error) {
    log.warn({ err: (error as Error).message }, 'could not save the index; it will be rebuilt next start');
  }
  return { saved: built.saved, segmenter: built.segmenter, index: built.index, fromCache: false };
}

function statsOf(loaded: Loaded): CorpusStats {
  const documents = loaded.saved.corpus.documents.map((d) => ({
    id: d.meta.id,
    title: d.meta.title,
    kind: d.meta.kind,
    passages: d.passages.length,
    entries: d.entries.length,
  }));
  return {
    documents,
    passages: documents.reduce((n, d) => n + d.passages, 0),
    entries: documents.reduce((n, d) => n + d.entries, 0),
    indexBuiltAt: loaded.saved.builtAt,
    indexFromCache: loaded.fromCache,
    version: VERSION,
  };
}

export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const log = (options.logger ?? rootLogger).child({ component: 'engine' });
  const started = performance.now();
  const corpusDir = options.corpusDir ?? DEFAULT_PATHS.corpusDir;
  const resolved = {
    ...options,
    corpusDir,
    domainWordsPath: options.domainWordsPath ?? DEFAULT_PATHS.domainWords,
    // An explicit cache folder is used as is; by default each corpus folder has its own.
    cacheDir: options.cacheDir ?? corpusCacheDir(DEFAULT_PATHS.cacheDir, corpusDir),
  };
  if (!existsSync(resolved.corpusDir)) throw new Error(`语料目录不存在：${resolved.corpusDir}（请创建它并放入 .txt/.md 文档）`);
  const loaded = loadOrBuild(resolved, log);
  if (loaded.fromCache && !primeGazetteer(loaded.saved.gazetteer))
    log.warn('saved gazetteer not usable; building it (slower first /country)');
  warmUp(log);
  const library = buildLibrary(loaded.saved.corpus);
  // Closures below must not hold `loaded`: it carries the saved JSON, garbage once loaded.
  const { segmenter } = loaded;
  const defaultYear = options.defaultYear ?? loaded.saved.corpus.documents.find((d) => d.meta.year)?.meta.year ?? 2020;
  const services: Services = {
    library,
    index: loaded.index,
    tokenizer: createTokenizer(segmenter),
    synonyms: readSynonyms(options.synonymsPath ?? DEFAULT_PATHS.synonyms),
    english: englishTranslator(loaded.saved.lexicon, log),
    countriesIn: (text) => detectCountries(toSimplified(text), { segment: segmenter.cut }),
    defaultYear,
    stats: statsOf(loaded),
  };
  log.info({ passages: services.stats.passages, fromCache: loaded.fromCache, ms: Math.round(performance.now() - started) }, 'engine ready');
  return {
    answer: (request: AnswerRequest): Answer => safeDispatch(services, request, log),
    suggestDates: (typed) => suggestDates(typed, library.datesWithEntries, defaultYear),
    suggestCountries: (typed) => suggestCountries(typed, library.countriesWithPassages),
    stats: () => services.stats,
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

/** A bug in an answer module must not take the bot down: it becomes an error answer and a log line. */
function safeDispatch(services: Services, request: AnswerRequest, log: Logger): Answer {
  try {
    return dispatch(services, request);
  } catch (error) {
    log.error({ err: error, command: request.command }, 'answer failed');
    return errorAnswer(request, { code: 'internal-error', message: '抱歉，处理这个请求时出了问题，请稍后再试。' });
  }
}
