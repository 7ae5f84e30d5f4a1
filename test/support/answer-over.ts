import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { beforeAll } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import type { Answer } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';
import { realEngine } from './engine.js';
import { engineOver } from './temp-corpus.js';

// The real engine over a corpus, for a test file to ask: what every such file set up again (a
// variable, a beforeAll building or loading the engine, shorthands for /ask and /search).
// Test files share a worker's modules (vitest's isolate: false), so an engine over a corpus
// folder is built once per worker, in a cache of its own, and shared by the files over that
// folder: genre v6's documents were indexed once per file, nine times a run.

const shared = new Map<string, Promise<Engine>>();

/** The engine over `corpusDir` (the real corpus when none), built or loaded once per test worker. */
export function sharedEngine(corpusDir?: string): Promise<Engine> {
  if (corpusDir === undefined) return realEngine();
  const key = resolve(corpusDir);
  let engine = shared.get(key);
  if (!engine) {
    const cacheDir = mkdtempSync(join(tmpdir(), `qa-${basename(key)}-cache-`));
    engine = createEngine({ corpusDir, cacheDir, logger: createLogger('silent') });
    shared.set(key, engine);
  }
  return engine;
}

/** An engine (ready once the file's or describe block's first beforeAll ran), with shorthands for /ask and /search. */
export interface CorpusAnswers extends Engine {
  ask(query: string, pageSize?: number): Answer;
  search(query: string, pageSize?: number): Answer;
  /** The texts a /search lists, in order. */
  searchedTexts(query: string, pageSize?: number): string[];
}

function answersOf(load: () => Promise<Engine>): CorpusAnswers {
  let loaded: Engine | null = null;
  beforeAll(async () => {
    loaded = await load();
  });
  const engine = (): Engine => {
    if (loaded === null) throw new Error('the engine is asked before its beforeAll ran');
    return loaded;
  };
  const answer: Engine['answer'] = (request) => engine().answer(request);
  return {
    answer,
    suggestDates: (typed, locale) => engine().suggestDates(typed, locale),
    suggestCountries: (typed, locale) => engine().suggestCountries(typed, locale),
    stats: () => engine().stats(),
    examples: () => engine().examples(),
    ask: (query, pageSize = 10) => answer({ command: 'ask', query, pageSize }),
    search: (query, pageSize = 10) => answer({ command: 'search', query, pageSize }),
    searchedTexts: (query, pageSize = 10) => answer({ command: 'search', query, pageSize }).items.map((item) => item.text),
  };
}

/** The engine over a corpus folder (the real corpus when none), shared with the worker's other files over it. */
export const answerOver = (corpusDir?: string): CorpusAnswers => answersOf(() => sharedEngine(corpusDir));

/** The engine over a fresh corpus of `files` (temp-corpus.ts), for this file or describe block alone. */
export const answerOverFiles = (prefix: string, files: Record<string, string>): CorpusAnswers => answersOf(() => engineOver(prefix, files));
