import { localeNamed } from '../answer/locale.js';
import type { AnswerRequest } from '../core/types.js';
import { wellFormed } from '../text/graphemes.js';
import { visibleText, withoutEscapeSequences } from '../text/invisible-characters.js';
import { MAX_LIMIT, MAX_PAGE } from './ask-args.js';

// A request line written as a JSON object, for tools that would rather not build slash commands:
// {"command":"date","query":"3月18日","page":2,"limit":5,"locale":"en"}. `command` is required;
// `query` defaults to ""; `page` and `limit` override --page and --limit for this line only;
// `locale` "en" asks for the messages in English ("zh", the default, in Chinese).

export type JsonRequest =
  | { ok: true; request: AnswerRequest }
  | { ok: false; message: string; command?: string; query?: string; locale?: 'en' };

/** What a line written as JSON holds: a request to parse (an object, or an array: an error), or a command line. */
export type JsonLine = { kind: 'request'; json: string } | { kind: 'command'; line: string };

/** The JSON value a trimmed line holds, or undefined when it is not JSON. */
function parsedOrUndefined(trimmed: string): unknown {
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * A line meant as JSON, or null for a command or question:
 * - an object, "{" after nothing a reader can see: the request, its escape sequences taken away
 *   and the controls JSON forbids raw in a string (a raw \r) made spaces (C1, U+0080–U+009F, a
 *   string may hold: its strings are cleaned once decoded, as every query is);
 * - an array (["date","3月18日"], a request serialised wrongly, was answered as a question about
 *   its own text): a request, which gets the error saying what one looks like;
 * - a string holding a command line ("/date 3月18日", a line a tool JSON-encoded): that command. A
 *   quoted question ("口罩"), which a person may type, stays a question with its quotes.
 */
export function jsonLineIn(raw: string): JsonLine | null {
  const brace = raw.indexOf('{');
  if (brace >= 0 && visibleText(raw.slice(0, brace)).trim() === '')
    return {
      kind: 'request',
      json: withoutEscapeSequences(raw.slice(brace)).replace(/\p{Cc}/gu, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)),
    };
  const trimmed = visibleText(raw.replace(/^[\p{Cf}]+/u, '')).trim();
  const quoted = trimmed.startsWith('"') && trimmed.endsWith('"');
  if (!quoted && !(trimmed.startsWith('[') && trimmed.endsWith(']'))) return null;
  const value = parsedOrUndefined(trimmed);
  if (Array.isArray(value)) return { kind: 'request', json: trimmed };
  if (quoted && typeof value === 'string') {
    // Judged as a command line is: what a reader cannot see before its slash taken away.
    const line = visibleText(withoutEscapeSequences(value));
    if (/^\s*\//u.test(line)) return { kind: 'command', line };
  }
  return null;
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
