import { pagesOf } from '../answer/answer-shape.js';
import type { Answer } from '../core/types.js';
import { DEFAULT_LIMIT } from './ask-args.js';

// One-shot and piped answers cannot be paged with /next: say which command shows the next page.

function shellQuote(text: string): string {
  return /^[\w/.:\u4e00-\u9fff-]+$/u.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function nextPageHint(answer: Answer, line: string, limit: number): string | null {
  if (answer.page >= pagesOf(answer)) return null;
  const limitFlag = limit === DEFAULT_LIMIT ? '' : ` --limit ${limit}`;
  return `下一页：npm run --silent ask --${limitFlag} --page ${answer.page + 1} ${shellQuote(line.trim())}`;
}
