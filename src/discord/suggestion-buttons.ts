import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { commandNamed } from '../answer/commands.js';
import type { Offer } from '../core/types.js';
import { hasLoneSurrogate } from '../text/graphemes.js';
import { button } from './answer-frame.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { LIMITS } from './limits.js';

type Row = APIActionRowComponent<APIButtonComponent>;

// A notice's offers ("/date March 18", "/search 白皮书", a nearest day, a place name) as buttons:
// typed again by hand, they were the only way on. A click runs the offer's command as if typed
// (go:…, a new reply; the notice and its other offers stay). The command is the answer's own
// (answer/offers.ts), never read back out of the label.

/** A row of buttons, one per offer that runs a paged command with its query, or null when none does. */
export function suggestionRow(offers: readonly Offer[]): Row | null {
  const buttons: APIButtonComponent[] = [];
  const seen = new Set<string>();
  for (const offered of offers) {
    const [, name = '', query = ''] = /^\/(\S+)\s+(\S[\s\S]*)$/u.exec(offered.command.trim()) ?? [];
    const command = commandNamed(name);
    if (command === null || !isPagedCommand(command)) continue;
    // A bare label (a place, a day with its count) is shown after its command's name: the button says what it runs.
    const label = offered.label.includes(offered.command) ? offered.label : `/${command} ${offered.label}`;
    // A lone surrogate (half an emoji the user typed) is no text Discord takes in an id or a label.
    if (hasLoneSurrogate(label) || hasLoneSurrogate(query)) continue;
    const id = encodeCustomId({ kind: 'run', command, query: query.trim() });
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    buttons.push(button(id, label, ButtonStyle.Secondary));
    if (buttons.length === LIMITS.buttonsPerRow) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : null;
}

/**
 * An answer's rows with a row of its offers after them, when a row is left: "查看每条全文：/date
 * 3月18日" above a day's sentences, "/search 口罩" offered for a question typed "search 口罩", are
 * a click away as a notice's are.
 */
export function withSuggestionRow(rows: readonly Row[], offers: readonly Offer[]): Row[] {
  const row = rows.length < LIMITS.actionRows ? suggestionRow(offers) : null;
  return row ? [...rows, row] : [...rows];
}
