import { localeNamed } from '../answer/locale.js';
import type { AnswerRequest } from '../core/types.js';
import { wellFormed } from '../text/graphemes.js';
import { visibleText } from '../text/invisible-characters.js';
import { MAX_LIMIT, MAX_PAGE } from './ask-args.js';

// A request line written as a JSON object, for tools that would rather not build slash commands:
// {"command":"date","query":"3月18日","page":2,"limit":5,"locale":"en"}. `command` is required;
// `query` defaults to ""; `page` and `limit` override --page and --limit for this line only;
// `locale` "en" asks for the messages in English ("zh", the default, in Chinese).

export type JsonRequest =
  | { ok: true; request: AnswerRequest }
  | { ok: false; message: string; command?: string; query?: string; locale?: 'en' };

/**
 * Whether a line is meant as a JSON request: it starts with "{" (a question never does), or it
 * is a JSON array (["date","3月18日"], a request serialised wrongly, was answered as a question
 * about its own text; it gets the error saying what a request looks like).
 */
export function looksLikeJsonRequest(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) return true;
  if (!(trimmed.startsWith('[') && trimmed.endsWith(']'))) return false;
  try {
    return Array.isArray(JSON.parse(trimmed));
  } catch {
    return false;
  }
}

const isWhole = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;

/** A request's `locale`, read before the rest: its errors are said in the language it asks for. */
const englishAsked = (locale: unknown): boolean => locale !== undefined && localeNamed(locale) === 'en';

export function parseJsonRequest(line: string, defaults: { page: number; pageSize: number }): JsonRequest {
  let value: unknown;
  try {
    // Spaces JSON does not count as such (a no-break or ideographic space before the "{") are no part of it.
    value = JSON.parse(line.trim());
  } catch {
    return { ok: false, message: '这一行以“{”开头，但不是有效的 JSON。请求对象的格式：{"command":"date","query":"3月18日"}' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: '请求必须是一个 JSON 对象，例如 {"command":"date","query":"3月18日"}' };
  const { command, query = '', page = defaults.page, limit = defaults.pageSize, locale } = value as Record<string, unknown>;
  const en = englishAsked(locale);
  const said = (zh: string, english: string) => (en ? english : zh);
  if (typeof command !== 'string' || !command.trim())
    return {
      ok: false,
      message: said('请求缺少 "command"（字符串），例如 "date"', 'The request has no "command" (a string), e.g. "date"'),
    };
  // The error names the request's command and query, as an answer to it would.
  const fail = (message: string): JsonRequest => ({
    ok: false,
    message,
    ...(en ? { locale: 'en' as const } : {}),
    // Echoed as the engine echoes them: well-formed, without controls, separators or invisible marks.
    command: visibleText(wellFormed(command)).trim(),
    ...(typeof query === 'string' ? { query: visibleText(wellFormed(query)) } : {}),
  });
  if (typeof query !== 'string') return fail(said('"query" 必须是字符串', '"query" must be a string'));
  if (!isWhole(page, MAX_PAGE))
    return fail(said(`"page" 必须是 1 到 ${MAX_PAGE} 之间的整数`, `"page" must be a whole number from 1 to ${MAX_PAGE}`));
  if (!isWhole(limit, MAX_LIMIT))
    return fail(said(`"limit" 必须是 1 到 ${MAX_LIMIT} 之间的整数`, `"limit" must be a whole number from 1 to ${MAX_LIMIT}`));
  // Any English locale (en, en-US, en-GB) asks for English; anything else keeps Chinese, as before the field existed.
  return {
    ok: true,
    request: { command: command.trim(), query, page, pageSize: limit, ...(locale !== undefined ? { locale: localeNamed(locale) } : {}) },
  };
}
