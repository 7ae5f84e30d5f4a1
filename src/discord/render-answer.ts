import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type Locale, listed, say } from '../answer/locale.js';
import type { Answer, AnswerItem } from '../core/types.js';
import { answerFrame, citationLine, fieldName } from './answer-frame.js';
import { escapeMarkdown } from './escape-markdown.js';
import { eventFields } from './event-fields.js';
import { renderExcerpt } from './excerpt.js';
import { LIMITS } from './limits.js';
import { renderEntries } from './render-entries.js';
import type { CommandResult } from './reply.js';
import { suggestionRow, withSuggestionRow } from './suggestion-buttons.js';
import { truncate } from './truncate.js';

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
function renderNotice(answer: Answer, locale: Locale): CommandResult {
  const message = escapeMarkdown(answer.error?.message ?? answer.message ?? say(locale, '没有找到相关内容。', 'Nothing found.'));
  const tips =
    answer.suggestions.length > 0 ? `\n${say(locale, '可以试试：', 'Try: ')}${listed(locale, answer.suggestions.map(escapeMarkdown))}` : '';
  // An impossible date's or an empty query's suggestions are format examples, not offers: no buttons.
  const examplesOnly = answer.error?.code === 'invalid-date' || answer.error?.code === 'empty-query';
  const runnable = examplesOnly ? null : suggestionRow(answer.offers ?? []);
  return {
    // Cut to Discord's 2000 characters where every reply is built (toReplyOptions).
    reply: { content: `${answer.error ? '⚠️' : '🔍'} ${message}${tips}`, ephemeral: true, ...(runnable ? { components: [runnable] } : {}) },
    hits: 0,
    outcome: answer.error ? 'error' : 'empty',
  };
}

/** Characters of excerpt each hit keeps, however long its name and citation: the excerpt is the answer. */
const MIN_EXCERPT = 80;

/** One field per hit: its excerpt, matched terms in bold, and its citation. */
function hitFields(items: readonly AnswerItem[], firstRank: number, header: number, locale: Locale): APIEmbedField[] {
  // Names and citations come from the documents (a user's section headings can run to hundreds of
  // characters): when together they would leave the excerpts no room in the 6000-character
  // message, each is cut to its share.
  const room = Math.floor((LIMITS.embedTotal - header - 50) / Math.max(1, items.length)) - MIN_EXCERPT;
  const names = items.map((item, i) => fitShare(fieldName(item, firstRank + i, locale), Math.floor(room / 3)));
  const citations = items.map((item, i) => fitShare(citationLine(item, locale), room - (names[i]?.length ?? 0) - 1));
  // Share what the 6000-character message budget leaves among the excerpts.
  const fixed = header + names.reduce((n, s) => n + s.length, 0) + citations.reduce((n, s) => n + s.length + 1, 0);
  const perExcerpt = Math.floor((LIMITS.embedTotal - fixed - 50) / Math.max(1, items.length));
  return items.map((item, i) => {
    const citation = citations[i] ?? '';
    const budget = Math.min(LIMITS.embedFieldValue - citation.length - 1, perExcerpt);
    return { name: names[i] ?? '', value: `${renderExcerpt(item.text, item.highlights, budget)}\n${citation}` };
  });
}

/** `text` cut to `share` characters when over it (never below a readable minimum). */
function fitShare(text: string, share: number): string {
  return text.length <= share ? text : truncate(text, Math.max(20, share));
}

/** `locale`: the language of what the bot says around the excerpts (the user's Discord client's). */
export function renderAnswer(answer: Answer, locale: Locale = 'zh'): CommandResult {
  if (answer.error || answer.items.length === 0) return renderNotice(answer, locale);
  if (answer.command === 'date') return renderEntries(answer, locale);
  const frame = answerFrame(answer, locale);
  const items = answer.items.slice(0, LIMITS.embedFields);
  const header = frame.title.length + (frame.description?.length ?? 0) + frame.footer.length;
  const fields = FREE_TEXT.has(answer.command)
    ? eventFields(items, frame.firstRank, LIMITS.embedTotal - header - 50, locale)
    : hitFields(items, frame.firstRank, header, locale);
  const embed: APIEmbed = { title: frame.title, color: frame.color, fields, footer: { text: frame.footer } };
  if (frame.description) embed.description = frame.description;
  if (frame.image) embed.image = frame.image;
  const components = withSuggestionRow(frame.rows, answer.offers ?? []);
  return { reply: { embeds: [embed], components, files: frame.files, ephemeral: false }, hits: answer.total, outcome: 'ok' };
}
