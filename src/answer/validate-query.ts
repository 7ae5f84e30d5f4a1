import type { AnswerError } from '../core/types.js';

export const MAX_QUERY_LENGTH = 200;

/** Checks what every text command needs: something to look for, and not a wall of text. */
export function validateQuery(query: string, what: string, example: string): AnswerError | null {
  const trimmed = query.trim();
  if (!trimmed) return { code: 'empty-query', message: `请输入${what}，例如：${example}` };
  if ([...trimmed].length > MAX_QUERY_LENGTH) {
    return { code: 'query-too-long', message: `${what}太长了（${[...trimmed].length}字），请控制在${MAX_QUERY_LENGTH}字以内。` };
  }
  return null;
}
