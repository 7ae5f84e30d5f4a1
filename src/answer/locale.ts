import type { AnswerRequest } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { isStopLemma } from '../query/english/stop-words.js';
import { stripDiscordMarkup } from '../text/discord-markup.js';
import { withoutAddresses } from './addresses.js';

// The language of an answer's messages: Chinese, the documents' language, unless the adapter asks
// for English (a Discord user whose client is in English, an English question in the console).
// The excerpts are verbatim Chinese either way; only what the bot itself says is translated.

export type Locale = 'zh' | 'en';

export const localeOf = (request: Pick<AnswerRequest, 'locale'>): Locale => (request.locale === 'en' ? 'en' : 'zh');

/** The message in the request's language. */
export const say = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/** A list as each language writes one: 甲、乙 / a, b. */
export const listed = (locale: Locale, items: readonly string[]): string => items.join(locale === 'en' ? ', ' : '、');

/** Titles named in one breath; more are counted. */
const TITLES_NAMED = 3;

/**
 * Titles said in one breath: every one of a few, the first of many with their count (《A》等100部纪实,
 * "A and 99 other chronicles"): a server of 100 chronicles got a sentence naming each of them.
 */
export function titlesSaid(locale: Locale, titles: readonly string[], noun: { zh: string; en: string }): string {
  if (titles.length <= TITLES_NAMED) return listed(locale, titles);
  return say(locale, `${titles[0]}等${titles.length}${noun.zh}`, `${titles[0]} and ${titles.length - 1} other ${noun.en}`);
}

/** A locale as Discord and clients write it (en-US, en-GB, zh-CN…): English for any English one, else Chinese. */
export const localeNamed = (value: unknown): Locale => (typeof value === 'string' && /^en\b/i.test(value) ? 'en' : 'zh');

/**
 * Whether a text command was typed in English, for adapters that have no client locale (console,
 * npm run ask): an English word and no Han character. A passage id (/context chronicle:1a2b…) is not.
 * A query of nothing but Discord markup reads as Chinese, the default. A Chinese user searching a
 * name the documents write in Latin letters (GTX, NSFW, Wi-Fi) types no English: a word of three
 * letters or more is one, capitals alone only in a sentence (one English function word among them,
 * WHO DID XI CALL) or read by /date (YESTERDAY), which reads no names, only days.
 */
export function typedInEnglish(command: string, query: string): boolean {
  const named = command.replace(/^\//, '').toLowerCase();
  if (named === 'context' || /\p{Script=Han}/u.test(query)) return false;
  // Mentions, custom emoji and links are no words of either language (@everyone was read as English),
  // nor are addresses (hr@qmx-media.cn).
  const words = withoutAddresses(stripDiscordMarkup(query)).match(LATIN_WORD) ?? [];
  const shouted = named === 'date' || (words.length > 1 && words.some((word) => isStopLemma(word.toLowerCase())));
  return words.some((word) => word.length >= 3 && (shouted || word !== word.toUpperCase()));
}

/** A run of Latin letters standing alone: not part of a model name or a unit (AP-300, ap300, 2.4GHz). */
const LATIN_WORD = /(?<![\p{L}\p{N}]|\p{N}[-.])[A-Za-z]+(?![\p{L}\p{N}]|[-.]\p{N})/gu;

/** A count with its noun: 3句 / 3 sentences, 1 sentence. */
export function counted(locale: Locale, n: number, zh: string, one: string, many = `${one}s`): string {
  return locale === 'en' ? `${n} ${n === 1 ? one : many}` : `${n}${zh}`;
}

/** A day as the reader's language writes it (March 18 / 3月18日), its year written when not `year`. */
export const dayIn = (locale: Locale, day: string, year: number): string =>
  locale === 'en' ? formatDateEn(day, year) : formatDateZh(day, year);

/** Two days as the reader's language writes a span (3月8日至3月27日 / March 8 to March 27), years written as dayIn writes them, and both when they differ. */
export function spanIn(locale: Locale, from: string, to: string, year: number): string {
  const written = from.slice(0, 4) === to.slice(0, 4) ? year : Number.NaN;
  return say(
    locale,
    `${dayIn(locale, from, written)}至${dayIn(locale, to, written)}`,
    `${dayIn(locale, from, written)} to ${dayIn(locale, to, written)}`,
  );
}
