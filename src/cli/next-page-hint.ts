import { pagesOf } from '../answer/answer-shape.js';
import { type Locale, say } from '../answer/locale.js';
import type { Answer } from '../core/types.js';
import { visibleText } from '../text/invisible-characters.js';
import { DEFAULT_LIMIT } from './ask-args.js';

// One-shot and piped answers cannot be paged with /next: say which command shows the next page
// (the line as answered: without the control characters the engine drops, see dispatch.ts).

function shellQuote(text: string): string {
  return /^[\w/.:\u4e00-\u9fff-]+$/u.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `corpus`: the folder given with --corpus, repeated so that the next page comes from the same documents. */
export function nextPageHint(answer: Answer, line: string, limit: number, locale: Locale = 'zh', corpus?: string): string | null {
  if (answer.page >= pagesOf(answer)) return null;
  const corpusFlag = corpus === undefined ? '' : ` --corpus ${shellQuote(corpus)}`;
  const limitFlag = `${corpusFlag}${limit === DEFAULT_LIMIT ? '' : ` --limit ${limit}`}`;
  const typed = visibleText(line).trim();
  // A line starting with "-" would be read as an option: "--" ends the options first.
  const endOfOptions = typed.startsWith('-') ? '-- ' : '';
  return `${say(locale, '下一页：', 'next page: ')}npm run --silent ask --${limitFlag} --page ${answer.page + 1} ${endOfOptions}${shellQuote(typed)}`;
}
