import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, AnswerItem } from '../core/types.js';
import { answerFrame, citationLine, fieldName } from './answer-frame.js';
import { escapeMarkdown } from './escape-markdown.js';
import { eventFields } from './event-fields.js';
import { renderExcerpt } from './excerpt.js';
import { LIMITS } from './limits.js';
import { renderEntries } from './render-entries.js';
import type { CommandResult } from './reply.js';

// Answer (plain data from the core) → one Discord reply. Hits become embed fields: the verbatim
// excerpt with matched terms in bold, its citation under it; the footer says total and page.
// /date shows whole entries instead (render-entries.ts); /ask and /search group their sentences
// under the event they belong to (event-fields.ts).

const FREE_TEXT = new Set(['ask', 'search']);

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

/** One field per hit: its excerpt, matched terms in bold, and its citation. */
function hitFields(items: readonly AnswerItem[], firstRank: number, header: number): APIEmbedField[] {
  const names = items.map((item, i) => fieldName(item, firstRank + i));
  const citations = items.map(citationLine);
  // Share what the 6000-character message budget leaves among the excerpts.
  const fixed = header + names.reduce((n, s) => n + s.length, 0) + citations.reduce((n, s) => n + s.length + 1, 0);
  const perExcerpt = Math.floor((LIMITS.embedTotal - fixed - 50) / Math.max(1, items.length));
  return items.map((item, i) => {
    const citation = citations[i] ?? '';
    const budget = Math.min(LIMITS.embedFieldValue - citation.length - 1, perExcerpt);
    return { name: names[i] ?? '', value: `${renderExcerpt(item.text, item.highlights, budget)}\n${citation}` };
  });
}

export function renderAnswer(answer: Answer): CommandResult {
  if (answer.error || answer.items.length === 0) return renderNotice(answer);
  if (answer.command === 'date') return renderEntries(answer);
  const frame = answerFrame(answer);
  const items = answer.items.slice(0, LIMITS.embedFields);
  const header = frame.title.length + (frame.description?.length ?? 0) + frame.footer.length;
  const fields = FREE_TEXT.has(answer.command)
    ? eventFields(items, frame.firstRank, LIMITS.embedTotal - header - 50)
    : hitFields(items, frame.firstRank, header);
  const embed: APIEmbed = { title: frame.title, color: frame.color, fields, footer: { text: frame.footer } };
  if (frame.description) embed.description = frame.description;
  if (frame.image) embed.image = frame.image;
  return { reply: { embeds: [embed], components: frame.rows, files: frame.files, ephemeral: false }, hits: answer.total, outcome: 'ok' };
}
