import { firstRankOf, pagesOf } from '../answer/answer-shape.js';
import { AROUND_GROUP, TARGET_GROUP } from '../answer/context.js';
import { type Locale, say } from '../answer/locale.js';
import type { Answer, AnswerItem, Span } from '../core/types.js';
import { sparkline } from './sparkline.js';
import { PLAIN_STYLE, type TextStyle } from './text-style.js';

const CONTEXT_GROUPS = new Set([TARGET_GROUP, AROUND_GROUP]);

// Console rendering of an answer: verbatim excerpts with highlighted terms, each followed by its
// citation and id (for /context), in a text style (text-style.ts).

/** How the console pages: its own /next and /prev. One-shot runs pass their own hint. */
export const CONSOLE_PAGE_HINT = '输入 /next 或 /prev 翻页';

export function highlightText(text: string, spans: readonly Span[], style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + style.highlight(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** The event a sentence belongs to, when the sentence does not say it itself (/ask, /search). */
function eventLine(item: AnswerItem): string | null {
  const event = item.event;
  if (!event || item.citation.includes(event) || event.endsWith(item.text)) return null;
  return `   〔${event}〕`;
}

function renderItem(item: AnswerItem, n: number, style: TextStyle, withEvent: boolean): string[] {
  // A dated section's text keeps its lines (a changelog's items): each under the first, indented as the citation is.
  const lines = [`${n}. ${highlightText(item.text, item.highlights, style).replaceAll('\n', '\n   ')}`];
  const event = withEvent ? eventLine(item) : null;
  if (event) lines.push(style.dim(event));
  lines.push(style.dim(`   —— ${item.citation}  [${item.id}]`));
  return lines;
}

export function renderAnswerText(
  answer: Answer,
  style: TextStyle = PLAIN_STYLE,
  pageHint: string | null = CONSOLE_PAGE_HINT,
  locale: Locale = 'zh',
): string {
  const lines: string[] = [];
  const tips = (suggestions: readonly string[]) => `${say(locale, '试试：', 'Try: ')}${suggestions.join(say(locale, '；', '; '))}`;
  if (answer.error) return `✗ ${answer.error.message}${answer.suggestions.length ? `\n  ${tips(answer.suggestions)}` : ''}`;
  const title = `/${answer.command}${answer.query ? ` ${answer.query}` : ''}`;
  const total =
    answer.matched !== undefined
      ? say(
          locale,
          `共${answer.matched}条结果，列出最相关的${answer.total}条`,
          `${answer.matched} results, the best ${answer.total} listed`,
        )
      : say(locale, `共${answer.total}条结果`, `${answer.total} ${answer.total === 1 ? 'result' : 'results'}`);
  if (answer.items.length || answer.total) lines.push(style.heading(`${title} — ${total}`));
  if (answer.message) lines.push(answer.message);
  if (answer.timeline) lines.push(sparkline(answer.timeline, style, locale));
  let group: string | null = null;
  const first = firstRankOf(answer);
  answer.items.forEach((item, i) => {
    // /context's own groups (本句, 上下文) go unsaid; a translation or note after them is headed.
    if (item.group && item.group !== group && (answer.command !== 'context' || !CONTEXT_GROUPS.has(item.group))) {
      group = item.group;
      lines.push(style.heading(`【${group}】`));
    }
    lines.push(...renderItem(item, first + i, style, answer.command === 'ask' || answer.command === 'search'));
  });
  if (!answer.items.length && answer.suggestions.length) lines.push(tips(answer.suggestions));
  const pages = pagesOf(answer);
  const hint = pageHint === CONSOLE_PAGE_HINT ? say(locale, CONSOLE_PAGE_HINT, 'type /next or /prev to turn pages') : pageHint;
  if (pages > 1)
    lines.push(
      style.dim(
        say(locale, `第${answer.page}/${pages}页${hint ? `（${hint}）` : ''}`, `Page ${answer.page}/${pages}${hint ? ` (${hint})` : ''}`),
      ),
    );
  return lines.join('\n');
}
