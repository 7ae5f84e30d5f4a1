import type { AnswerError } from '../core/types.js';
import { foldWidthAndCase } from '../text/normalize.js';
import { symbolRuns } from '../text/symbols.js';
import type { Example } from './corpus-examples.js';
import { type Locale, say } from './locale.js';

export const MAX_QUERY_LENGTH = 200;

/** A query's length as it is checked: characters (code points) of its text without surrounding spaces. */
export function queryLength(query: string): number {
  // Counted without an array of its characters: a 60 MB line made one of 60 million strings.
  let length = 0;
  for (const _ of query.trim()) length++;
  return length;
}

/** The command an example runs (`/country 意大利` → country). */
const command = (example: string): string => /^\/(\S+)/u.exec(example)?.[1] ?? '';

/** Checks what every text command needs: something to look for, and not a wall of text. */
export function validateQuery(query: string, wording: Wording, locale: Locale = 'zh'): AnswerError | null {
  const trimmed = query.trim();
  const { what } = wording;
  if (!trimmed) return emptyQuery(wording, locale);
  const length = queryLength(trimmed);
  if (length > MAX_QUERY_LENGTH) {
    const message = say(
      locale,
      `${what}太长了（${length}字），请控制在${MAX_QUERY_LENGTH}字以内。`,
      `That is too long (${length} characters): please keep it within ${MAX_QUERY_LENGTH}.`,
    );
    return { code: 'query-too-long', message };
  }
  return null;
}

/**
 * What to say to a query with nothing to look for: what to type, with an example the documents
 * answer. Over documents holding nothing the example would find (no country named), what the
 * command lists there instead, and no example (/country 意大利 named a place they do not).
 */
export function emptyQuery(wording: Wording, locale: Locale = 'zh'): AnswerError {
  const { what, whatEn } = wording;
  const { zh, en, unshown, help } = wording.example();
  if (unshown && help)
    return {
      code: 'empty-query',
      message: say(locale, `请输入${what}。/${command(zh)} ${help.zh}。`, `Please type ${whatEn}. /${command(en)}: ${help.en}.`),
    };
  return { code: 'empty-query', message: say(locale, `请输入${what}，例如：${zh}`, `Please type ${whatEn}, for example: ${en}`) };
}

/**
 * Whether a query holds something to look for: a letter or a digit, or a symbol such as an emoji
 * or ㎡ that `written` (a /search's test of the documents, folded as they are matched) says the
 * documents write (🤝 友善交流). Punctuation alone ("？？？", a stray quote) is nothing, and so is a
 * symbol no document writes (😷 in the starting corpus), as before.
 */
export function hasSomethingToFind(query: string, written: ((folded: string) => boolean) | null): boolean {
  if (/[\p{L}\p{N}]/u.test(query)) return true;
  return written !== null && symbolRuns(query).some((symbols) => written(foldWidthAndCase(symbols)));
}

/** What a command asks for, in each language, and an example of it. */
export interface Wording {
  what: string;
  whatEn: string;
  /**
   * An example in Chinese and one an English speaker can type, asked for only when the query is
   * empty: the documents' own examples (corpus-examples.ts) scan them the first time.
   */
  example: () => Example;
}
