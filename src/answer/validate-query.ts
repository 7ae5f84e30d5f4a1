import type { AnswerError } from '../core/types.js';
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

/** Checks what every text command needs: something to look for, and not a wall of text. */
export function validateQuery(query: string, wording: Wording, locale: Locale = 'zh'): AnswerError | null {
  const trimmed = query.trim();
  const { what, whatEn } = wording;
  if (!trimmed) {
    const { zh, en } = wording.example();
    return { code: 'empty-query', message: say(locale, `请输入${what}，例如：${zh}`, `Please type ${whatEn}, for example: ${en}`) };
  }
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
