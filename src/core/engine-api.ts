import type { Answer, AnswerRequest, Choice, CorpusStats } from './types.js';

/**
 * What adapters (console, JSON, Discord) may ask of the core. Everything is synchronous and
 * cheap once the engine is built: dictionaries and the index are loaded at start, never per request.
 */
export interface Engine {
  /** Runs one command (`ask`, `search`, `date`, `country`, `context`, `help`, `about`); never throws for user input. */
  answer(request: AnswerRequest): Answer;
  /** Up to 25 date suggestions for what the user typed so far (days with entries, with counts). */
  suggestDates(typed: string, locale?: 'zh' | 'en'): Choice[];
  /** Up to 25 country suggestions for what the user typed so far (countries in the corpus, with counts). */
  suggestCountries(typed: string, locale?: 'zh' | 'en'): Choice[];
  stats(): CorpusStats;
  /** Per command, an example that works on these documents (what /help shows), in Chinese and English. */
  examples(): Record<string, ShownExample>;
}

/** An example of a command for /help: its line's own wording when the documents call for it, none shown when they hold nothing it would find. */
export interface ShownExample {
  zh: string;
  en: string;
  help?: { zh: string; en: string };
  unshown?: boolean;
}
