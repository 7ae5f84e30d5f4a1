import type { AnswerRequest } from '../core/types.js';

// The language of an answer's messages: Chinese, the documents' language, unless the adapter asks
// for English (a Discord user whose client is in English, an English question in the console).
// The excerpts are verbatim Chinese either way; only what the bot itself says is translated.

export type Locale = 'zh' | 'en';

export const localeOf = (request: Pick<AnswerRequest, 'locale'>): Locale => (request.locale === 'en' ? 'en' : 'zh');

/** The message in the request's language. */
export const say = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/** A list as each language writes one: 甲、乙 / a, b. */
export const listed = (locale: Locale, items: readonly string[]): string => items.join(locale === 'en' ? ', ' : '、');
