import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { firstRankOf, pagesOf } from '../answer/answer-shape.js';
import { AROUND_GROUP, TARGET_GROUP } from '../answer/context.js';
import { type Locale, say } from '../answer/locale.js';
import { NOTE_GROUP, ORIGINAL_GROUP, TRANSLATION_GROUP } from '../answer/translation-context.js';
import type { Answer, AnswerItem, Timeline } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { escapeMarkdown } from './escape-markdown.js';
import { LIMITS } from './limits.js';
import { citationInEnglish, labelInEnglish } from './places-in-english.js';
import type { Attachment } from './reply.js';
import { renderTimelinePng, TIMELINE_FILE } from './timeline-image.js';
import { truncate } from './truncate.js';

// What every answer embed has around its hits, whatever the command: title, note, footer with
// total and page, ◀ ▶ and 上下文 buttons, the timeline image.

const COMMAND_STYLE: Record<string, { label: string; labelEn: string; color: number }> = {
  ask: { label: '提问', labelEn: 'Ask', color: 0x5865f2 },
  search: { label: '搜索', labelEn: 'Search', color: 0x57f287 },
  date: { label: '日期', labelEn: 'Date', color: 0xfee75c },
  country: { label: '国家', labelEn: 'Country', color: 0xeb459e },
  context: { label: '上下文', labelEn: 'Context', color: 0x99aab5 },
};
const DEFAULT_STYLE = { label: '答案', labelEn: 'Answer', color: 0x3498db };
/** Longest note shown above the hits: the hits are the answer. */
export const DESCRIPTION_MAX = 500;
/** Context buttons: rows of five, one row left for ◀ ▶. */
const CONTEXT_ROWS = LIMITS.actionRows - 1;

export function commandStyle(command: string, locale: Locale = 'zh'): { label: string; color: number } {
  const style = COMMAND_STYLE[command] ?? DEFAULT_STYLE;
  return { label: locale === 'en' ? style.labelEn : style.label, color: style.color };
}

export function citationLine(item: AnswerItem, locale: Locale = 'zh'): string {
  // The core's citation already names a repeat's other places (另见…, 重复出现…): said once.
  const times = item.places.length;
  const more =
    times > 1 && !/（(另见|重复出现)/u.test(item.citation) ? say(locale, `（共出现 ${times} 处）`, ` (appears ${times} times)`) : '';
  const citation = locale === 'en' ? citationInEnglish(item.citation) : item.citation;
  return truncate(`— ${escapeMarkdown(citation)}${more}`, 300);
}

/** /context's groups, which the core names in Chinese (the JSON keeps them), for an English reader. */
const GROUPS_EN: Record<string, string> = {
  [TARGET_GROUP]: 'This sentence',
  [AROUND_GROUP]: 'Context',
  [TRANSLATION_GROUP]: 'Translation',
  [ORIGINAL_GROUP]: 'Original',
  [NOTE_GROUP]: 'Note',
};

export function fieldName(item: AnswerItem, rank: number, locale: Locale = 'zh'): string {
  const group = item.group !== null && locale === 'en' ? (GROUPS_EN[item.group] ?? labelInEnglish(item.group)) : item.group;
  return truncate(`${rank}. ${escapeMarkdown(group ?? item.title)}`, LIMITS.embedFieldName);
}

export function button(
  customId: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, custom_id: customId, label: truncate(label, LIMITS.buttonLabel), style };
}

type Row = APIActionRowComponent<APIButtonComponent>;

function contextRows(answer: Answer, firstRank: number, locale: Locale): Row[] {
  // /context is the context; /date shows each entry whole, which is what its context would show.
  if (answer.command === 'context' || answer.command === 'date') return [];
  const seen = new Set<string>(); // custom ids must be unique within a message
  const buttons: APIButtonComponent[] = [];
  answer.items.slice(0, CONTEXT_ROWS * LIMITS.buttonsPerRow).forEach((item, i) => {
    const id = encodeCustomId({ kind: 'context', id: item.id });
    if (id && !seen.has(id)) {
      seen.add(id);
      buttons.push(button(id, `${say(locale, '上下文', 'Context')} ${firstRank + i}`, ButtonStyle.Secondary));
    }
  });
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  return rows;
}

/** The title before any cut: the command's label and the query as typed (escaped). */
function titleText(answer: Answer, locale: Locale): string {
  // /context's query is a passage id (chronicle:f70279fb57): the title names the place instead.
  const cited = answer.command === 'context' ? answer.items.find((i) => i.group === TARGET_GROUP)?.citation : undefined;
  const place = cited !== undefined && locale === 'en' ? citationInEnglish(cited) : cited;
  return `${commandStyle(answer.command, locale).label}${TITLE_SEPARATOR}${escapeMarkdown(place ?? answer.query)}`;
}

const TITLE_SEPARATOR = ' · ';

/** The query a reply's title holds whole (see titleText), or null when it is not such a title. */
export function queryFromTitle(command: string, title: string | null | undefined): string | null {
  // The reply may have been written for a client in either language.
  const locale = titleLocale(command, title);
  if (!title || !locale) return null;
  const prefix = `${commandStyle(command, locale).label}${TITLE_SEPARATOR}`;
  // escapeMarkdown puts a backslash before ASCII punctuation, a backslash included: one removed each.
  const query = title.slice(prefix.length).replace(/\\([!-/:-@[-`{-~])/gu, '$1');
  return query.trim() ? query : null;
}

/**
 * The language a reply's title was written in (null when it is no answer title): a page turned by
 * someone else continues in the reply's language, not the clicker's.
 */
export function titleLocale(command: string, title: string | null | undefined): Locale | null {
  return (['zh', 'en'] as const).find((locale) => title?.startsWith(`${commandStyle(command, locale).label}${TITLE_SEPARATOR}`)) ?? null;
}

/** Pages beyond which ⏮ and ⏭ are offered: with three, ◀ and ▶ already reach both ends from the middle. */
const FIRST_LAST_FROM_PAGES = 4;

/**
 * The paging row: ◀ and ▶ always in the same places, the one that leads nowhere greyed out (a
 * button that moved under the cursor sent a reader clicking ▶ back to page 1), and ⏮ ⏭ for long
 * lists. Null when there is one page, 'too-long' when the query fits neither a custom id nor the title.
 */
function pageRow(answer: Answer, pages: number, locale: Locale): Row | null | 'too-long' {
  if (pages <= 1 || !isPagedCommand(answer.command)) return null;
  const { page } = answer;
  const long = pages >= FIRST_LAST_FROM_PAGES;
  const slots: { slot: string; target: number; label: string; enabled: boolean; shown: boolean }[] = [
    // ⏮ only where ◀ does not already lead to page 1; ⏭ likewise.
    { slot: 'first', target: 1, label: say(locale, '⏮ 第一页', '⏮ First'), enabled: page > 2, shown: long },
    { slot: 'previous', target: page - 1, label: say(locale, '◀ 上一页', '◀ Previous'), enabled: page > 1, shown: true },
    { slot: 'next', target: page + 1, label: say(locale, '下一页 ▶', 'Next ▶'), enabled: page < pages, shown: true },
    { slot: 'last', target: pages, label: say(locale, '最后一页 ⏭', 'Last ⏭'), enabled: page < pages - 1, shown: long },
  ];
  const buttons: APIButtonComponent[] = [];
  for (const { slot, target, label, enabled, shown } of slots) {
    if (!shown) continue;
    if (!enabled) {
      // Greyed out: never sent by a client; its id only has to be unique in the message.
      buttons.push({ ...button(`off:${slot}`, label, ButtonStyle.Secondary), disabled: true });
      continue;
    }
    // A query too long for the id rides in the title, when the title holds it whole.
    const id =
      encodeCustomId({ kind: 'page', command: answer.command, page: target, query: answer.query }) ??
      (titleText(answer, locale).length <= LIMITS.embedTitle
        ? encodeCustomId({ kind: 'page', command: answer.command, page: target, query: null })
        : null);
    if (!id) return 'too-long';
    buttons.push(button(id, label, slot === 'previous' || slot === 'next' ? ButtonStyle.Primary : ButtonStyle.Secondary));
  }
  return { type: ComponentType.ActionRow, components: buttons };
}

function timelineCaption(timeline: Timeline, command: string, locale: Locale): string {
  const first = timeline.days[0]?.date ?? '';
  const last = timeline.days[timeline.days.length - 1]?.date ?? '';
  const year = Number(first.slice(0, 4));
  const [from, to] = [formatDateZh(first, year), formatDateZh(last, year)];
  if (locale === 'en') {
    const marked = command === 'country' ? 'the days that mention it' : 'the days asked';
    const unit = timeline.unit === '条目' ? 'entries' : 'mentions';
    return `Chart: ${unit} per day, ${formatDateEn(first, year)} to ${formatDateEn(last, year)}; in colour, ${marked}.`;
  }
  const marked = command === 'country' ? '有提及的日子' : '所查日期';
  return `图：${from}至${to}每日${timeline.unit}数，彩色为${marked}。`;
}

/**
 * Total and page: 条 counts dated entries, as citations do (第15条), /date's and an /ask's listing
 * them (5月有什么活动 said 共 2 句 of 2 entries); sentences are 句. A page number only when there are pages.
 */
function footerText(answer: Answer, pages: number, tooLong: boolean, locale: Locale): string {
  const n = answer.matched ?? answer.total;
  const entries = answer.command === 'date' || answer.listsEntries === true;
  if (locale === 'en') {
    const unit = entries ? (n === 1 ? 'entry' : 'entries') : n === 1 ? 'sentence' : 'sentences';
    const listed = answer.matched !== undefined ? ` · the best ${answer.total} listed` : '';
    const paging = pages > 1 ? ` · page ${answer.page}/${pages}` : '';
    return `${n} ${unit}${listed}${paging}${tooLong ? ' · query too long for buttons: use the page option' : ''}`;
  }
  const unit = entries ? '条' : '句';
  const listed = answer.matched !== undefined ? ` · 列出最相关的 ${answer.total} 句` : '';
  const paging = pages > 1 ? ` · 第 ${answer.page}/${pages} 页` : '';
  return `共 ${n} ${unit}${listed}${paging}${tooLong ? ' · 查询过长，翻页请用页码选项' : ''}`;
}

export interface Frame {
  color: number;
  title: string;
  description: string | undefined;
  footer: string;
  firstRank: number;
  rows: Row[];
  files: Attachment[];
  /** Set on the first embed when there is a timeline. */
  image: APIEmbed['image'];
}

export function answerFrame(answer: Answer, locale: Locale = 'zh'): Frame {
  const style = commandStyle(answer.command, locale);
  const pages = pagesOf(answer);
  const nav = pageRow(answer, pages, locale);
  const firstRank = firstRankOf(answer);
  const rows = [...contextRows(answer, firstRank, locale), ...(nav && nav !== 'too-long' ? [nav] : [])];
  const timeline = answer.timeline;
  const caption = timeline ? `\n${timelineCaption(timeline, answer.command, locale)}` : '';
  const note = answer.message ? truncate(escapeMarkdown(answer.message), DESCRIPTION_MAX - caption.length) + caption : caption.trim();
  const color = `#${style.color.toString(16).padStart(6, '0')}`;
  return {
    color: style.color,
    title: truncate(titleText(answer, locale), LIMITS.embedTitle),
    description: note || undefined,
    footer: footerText(answer, pages, nav === 'too-long', locale),
    firstRank,
    rows,
    files: timeline ? [{ name: TIMELINE_FILE, data: renderTimelinePng(timeline, color) }] : [],
    image: timeline ? { url: `attachment://${TIMELINE_FILE}` } : undefined,
  };
}
