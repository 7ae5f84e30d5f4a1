import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { commandNamed } from '../answer/commands.js';
import { hasLoneSurrogate } from '../text/graphemes.js';
import { button } from './answer-frame.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { LIMITS } from './limits.js';

type Row = APIActionRowComponent<APIButtonComponent>;

// A notice's suggestions that are commands to run ("/date March 18", "/search 白皮书") as buttons:
// typed again by hand, they were the only way on. A click runs the command as if typed (go:…, a
// new reply; the notice and its other offers stay).

/**
 * A row of buttons, one per suggestion that is a paged command with its query, or null when none
 * is. `namesFor`: the command a bare suggestion is the query of (/country offers place names).
 */
export function suggestionRow(suggestions: readonly string[], namesFor?: 'country' | 'date'): Row | null {
  const buttons: APIButtonComponent[] = [];
  const seen = new Set<string>();
  for (const offered of suggestions) {
    // An offer saying what its command does first (仍要查找原词：/search 捐赠 "口照") runs that
    // command; only a search holding a quoted word is such an offer: 更短的关键词：/search 关键词
    // is a usage, not a search.
    const stated = /^[^/]*[：:]\s*(\/search\s+[^"]*"[^"]+".*)$/u.exec(offered)?.[1];
    const suggestion = stated ?? (namesFor && !offered.startsWith('/') ? `/${namesFor} ${offered}` : offered);
    const [, name = '', written = ''] = /^\/(\S+)\s+(\S[\s\S]*)$/u.exec(suggestion.trim()) ?? [];
    // /date offers the nearest days with their counts (3月8日（2条）, March 8 (2 entries)): the day is the query.
    const query = namesFor === 'date' ? written.replace(/\s*(?:（[^（）]*）|\([^()]*\))$/u, '') : written;
    const command = commandNamed(name);
    if (command === null || !isPagedCommand(command)) continue;
    // A lone surrogate (half an emoji the user typed) is no text Discord takes in an id or a label.
    if (hasLoneSurrogate(suggestion)) continue;
    const id = encodeCustomId({ kind: 'run', command, query: query.trim() });
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    buttons.push(button(id, stated ? offered : suggestion, ButtonStyle.Secondary));
    if (buttons.length === LIMITS.buttonsPerRow) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : null;
}

/**
 * An answer's rows with a row of its suggestions that are commands after them, when a row is
 * left: "查看每条全文：/date 3月18日" above a day's sentences, "/search 口罩" offered for a question
 * typed "search 口罩", are a click away as a notice's are.
 */
export function withSuggestionRow(rows: readonly Row[], suggestions: readonly string[]): Row[] {
  const row = rows.length < LIMITS.actionRows ? suggestionRow(suggestions) : null;
  return row ? [...rows, row] : [...rows];
}
