import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { pageCount } from '../answer/answer-shape.js';
import type { Answer, AnswerItem } from '../core/types.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { escapeMarkdown } from './escape-markdown.js';
import { eventFields } from './event-fields.js';
import { renderExcerpt } from './excerpt.js';
import { LIMITS } from './limits.js';
import type { CommandResult } from './reply.js';
import { truncate } from './truncate.js';

// Answer (plain data from the core) → one Discord reply. Hits become embed fields: the verbatim
// excerpt with matched terms in bold, its citation under it; the footer says total and page.

const COMMAND_STYLE: Record<string, { label: string; color: number }> = {
  ask: { label: '提问', color: 0x5865f2 },
  search: { label: '搜索', color: 0x57f287 },
  date: { label: '日期', color: 0xfee75c },
  country: { label: '国家', color: 0xeb459e },
  context: { label: '上下文', color: 0x99aab5 },
};
const DEFAULT_STYLE = { label: '答案', color: 0x3498db };
/** Commands whose hits are sentences grouped under their event (event-fields.ts). */
const FREE_TEXT = new Set(['ask', 'search']);

function commandStyle(command: string): { label: string; color: number } {
  return COMMAND_STYLE[command] ?? DEFAULT_STYLE;
}

/**
 * Errors and "nothing found": ephemeral text with the core's message and its suggestions, both
 * escaped: messages quote what the user typed (`“@everyone <@1>”不是已知的国家…`).
 * (A page past the end never gets here: the core clamps it and runAnswer says so.)
 */
function renderNotice(answer: Answer): CommandResult {
  const message = escapeMarkdown(answer.error?.message ?? answer.message ?? '没有找到相关内容。');
  const tips = answer.suggestions.length > 0 ? `\n可以试试：${answer.suggestions.map(escapeMarkdown).join('、')}` : '';
  return {
    // Cut to Discord's 2000 characters where every reply is built (toReplyOptions).
    reply: { content: `${answer.error ? '⚠️' : '🔍'} ${message}${tips}`, ephemeral: true },
    hits: 0,
    outcome: answer.error ? 'error' : 'empty',
  };
}

function citationLine(item: AnswerItem): string {
  const more = item.places.length > 1 ? `（共出现 ${item.places.length} 处）` : '';
  return truncate(`— ${escapeMarkdown(item.citation)}${more}`, 300);
}

function fieldName(item: AnswerItem, rank: number): string {
  return truncate(`${rank}. ${escapeMarkdown(item.group ?? item.title)}`, LIMITS.embedFieldName);
}

function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, custom_id: customId, label: truncate(label, LIMITS.buttonLabel), style };
}

function contextRow(answer: Answer, firstRank: number): APIActionRowComponent<APIButtonComponent> | null {
  if (answer.command === 'context') return null;
  const seen = new Set<string>(); // custom ids must be unique within a message
  const buttons: APIButtonComponent[] = [];
  answer.items.slice(0, LIMITS.buttonsPerRow).forEach((item, i) => {
    const id = encodeCustomId({ kind: 'context', id: item.id });
    if (id && !seen.has(id)) {
      seen.add(id);
      buttons.push(button(id, `上下文 ${firstRank + i}`, ButtonStyle.Secondary));
    }
  });
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}

/** ◀ ▶ buttons, or null when there is one page — or when the query is too long for a custom id. */
function pageRow(answer: Answer, pages: number): APIActionRowComponent<APIButtonComponent> | null | 'too-long' {
  if (pages <= 1 || !isPagedCommand(answer.command)) return null;
  const buttons: APIButtonComponent[] = [];
  for (const [page, label] of [
    [answer.page - 1, '◀ 上一页'],
    [answer.page + 1, '下一页 ▶'],
  ] as const) {
    if (page < 1 || page > pages) continue;
    const id = encodeCustomId({ kind: 'page', command: answer.command, page, query: answer.query });
    if (!id) return 'too-long';
    buttons.push(button(id, label, ButtonStyle.Primary));
  }
  return { type: ComponentType.ActionRow, components: buttons };
}

export function renderAnswer(answer: Answer): CommandResult {
  if (answer.error || answer.items.length === 0) return renderNotice(answer);
  const style = commandStyle(answer.command);
  const pages = pageCount(answer.total, answer.pageSize);
  const nav = pageRow(answer, pages);
  const firstRank = (answer.page - 1) * answer.pageSize + 1;
  const footer = `共 ${answer.total} 条 · 第 ${answer.page}/${pages} 页${nav === 'too-long' ? ' · 查询过长，翻页请用 page 选项' : ''}`;
  const title = truncate(`${style.label} · ${escapeMarkdown(answer.query)}`, LIMITS.embedTitle);
  const description = answer.message ? truncate(escapeMarkdown(answer.message), 500) : undefined;
  const items = answer.items.slice(0, LIMITS.embedFields);
  const headerLength = title.length + (description?.length ?? 0) + footer.length;
  if (FREE_TEXT.has(answer.command)) {
    const fields = eventFields(items, firstRank, LIMITS.embedTotal - headerLength - 50);
    return finish(answer, { title, color: style.color, fields, footer: { text: footer } }, description, firstRank, nav);
  }
  const names = items.map((item, i) => fieldName(item, firstRank + i));
  const citations = items.map(citationLine);
  // Share what the 6000-character message budget leaves among the excerpts.
  const fixed =
    title.length +
    (description?.length ?? 0) +
    footer.length +
    names.reduce((n, s) => n + s.length, 0) +
    citations.reduce((n, s) => n + s.length + 1, 0);
  const perExcerpt = Math.floor((LIMITS.embedTotal - fixed - 50) / Math.max(1, items.length));
  const fields = items.map((item, i) => {
    const citation = citations[i] ?? '';
    const budget = Math.min(LIMITS.embedFieldValue - citation.length - 1, perExcerpt);
    return { name: names[i] ?? '', value: `${renderExcerpt(item.text, item.highlights, budget)}\n${citation}` };
  });
  return finish(answer, { title, color: style.color, fields, footer: { text: footer } }, description, firstRank, nav);
}

function finish(
  answer: Answer,
  embed: APIEmbed,
  description: string | undefined,
  firstRank: number,
  nav: ReturnType<typeof pageRow>,
): CommandResult {
  if (description) embed.description = description;
  const rows = [contextRow(answer, firstRank), nav === 'too-long' ? null : nav].filter(
    (row): row is APIActionRowComponent<APIButtonComponent> => row !== null,
  );
  return { reply: { embeds: [embed], components: rows, ephemeral: false }, hits: answer.total, outcome: 'ok' };
}
