import type { APIEmbedField } from 'discord.js';
import type { Locale } from '../answer/locale.js';
import type { AnswerItem } from '../core/types.js';
import { citationLine } from './answer-frame.js';
import { escapeMarkdown } from './escape-markdown.js';
import { renderExcerpt } from './excerpt.js';
import { LIMITS } from './limits.js';
import { labelInEnglish } from './places-in-english.js';
import { truncate } from './truncate.js';

// /ask and /search hits grouped by what they belong to. A sentence rarely says which event it is
// about ("习近平强调…"): the field title names the event (date and the entry's opening sentence)
// or the section, and several hits of one entry share one field instead of repeating it.

/** Characters of the event's opening sentence shown in a field title. */
const EVENT_TITLE_LENGTH = 60;

interface Group {
  ranks: number[];
  items: AnswerItem[];
}

function groupsOf(items: readonly AnswerItem[], firstRank: number): Group[] {
  const groups: Group[] = [];
  const byEvent = new Map<string, Group>();
  items.forEach((item, i) => {
    const key = item.eventId ?? `item:${i}`;
    let group = byEvent.get(key);
    if (!group) {
      group = { ranks: [], items: [] };
      byEvent.set(key, group);
      groups.push(group);
    }
    group.ranks.push(firstRank + i);
    group.items.push(item);
  });
  return groups;
}

/** What a group's title says of where its hits stand: the entry's date, or the section path. */
function placeInTitle(item: AnswerItem | undefined): string | null {
  if (!item?.event) return null;
  if (item.section !== null && item.event === item.section) return item.section;
  return item.date !== null ? (item.event.split(' · ')[0] ?? null) : null;
}

function groupName(group: Group, locale: Locale): string {
  const first = group.items[0];
  let label = first?.event ?? first?.group ?? first?.title ?? '';
  // A lone hit that is the entry's opening sentence would be read twice: its title keeps the date.
  const place = placeInTitle(first);
  if (group.items.length === 1 && first && place !== null && label === `${place} · ${first.text}`) label = place;
  if (locale === 'en') label = labelInEnglish(label);
  return truncate(
    `${group.ranks.join(locale === 'en' ? ', ' : '、')}. ${escapeMarkdown(truncate(label, EVENT_TITLE_LENGTH))}`,
    LIMITS.embedFieldName,
  );
}

/** The citation without the place its field's title already gives (the section path, the date), said once. */
function citationUnder(item: AnswerItem, locale: Locale): string {
  const place = placeInTitle(item);
  const shorter = place === null ? item : { ...item, citation: item.citation.replace(` · ${place} · `, ' · ') };
  return citationLine(shorter, locale);
}

/** Fields for the page's hits, within `budget` characters of the 6000-character message total. */
export function eventFields(items: readonly AnswerItem[], firstRank: number, budget: number, locale: Locale = 'zh'): APIEmbedField[] {
  const groups = groupsOf(items, firstRank).slice(0, LIMITS.embedFields);
  const names = groups.map((group) => groupName(group, locale));
  const citations = groups.map((g) => g.items.map((item) => citationUnder(item, locale)));
  // In a field of several hits each excerpt starts with its rank, the number of its 上下文 button.
  const marks = groups.map((g) => g.ranks.map((rank) => (g.ranks.length > 1 ? `\`${rank}\` ` : '')));
  const fixed =
    names.reduce((n, s) => n + s.length, 0) +
    citations.flat().reduce((n, s) => n + s.length + 2, 0) +
    marks.flat().reduce((n, s) => n + s.length, 0);
  const perExcerpt = Math.floor((budget - fixed) / Math.max(1, items.length));
  return groups.map((group, g) => {
    const lines = citations[g] ?? [];
    const mark = marks[g] ?? [];
    const room = LIMITS.embedFieldValue - lines.reduce((n, s) => n + s.length + 2, 0) - mark.reduce((n, s) => n + s.length, 0);
    const each = Math.max(0, Math.min(perExcerpt, Math.floor(room / group.items.length)));
    const value = group.items
      .map((item, i) => `${mark[i] ?? ''}${renderExcerpt(item.text, item.highlights, each)}\n${lines[i] ?? ''}`)
      .join('\n');
    return { name: names[g] ?? '', value: truncate(value, LIMITS.embedFieldValue) };
  });
}
