import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { commandNamed } from '../answer/commands.js';
import { hasLoneSurrogate } from '../text/graphemes.js';
import { button } from './answer-frame.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { LIMITS } from './limits.js';

// A notice's suggestions that are commands to run ("/date March 18", "/search 白皮书") as buttons:
// typed again by hand, they were the only way on. A click runs the command as if typed (go:…, a
// new reply; the notice and its other offers stay).

/**
 * A row of buttons, one per suggestion that is a paged command with its query, or null when none
 * is. `namesFor`: the command a bare suggestion is the query of (/country offers place names).
 */
export function suggestionRow(suggestions: readonly string[], namesFor?: 'country'): APIActionRowComponent<APIButtonComponent> | null {
  const buttons: APIButtonComponent[] = [];
  const seen = new Set<string>();
  for (const offered of suggestions) {
    const suggestion = namesFor && !offered.startsWith('/') ? `/${namesFor} ${offered}` : offered;
    const [, name = '', query = ''] = /^\/(\S+)\s+(\S[\s\S]*)$/u.exec(suggestion.trim()) ?? [];
    const command = commandNamed(name);
    if (command === null || !isPagedCommand(command)) continue;
    // A lone surrogate (half an emoji the user typed) is no text Discord takes in an id or a label.
    if (hasLoneSurrogate(suggestion)) continue;
    const id = encodeCustomId({ kind: 'run', command, query: query.trim() });
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    buttons.push(button(id, suggestion, ButtonStyle.Secondary));
    if (buttons.length === LIMITS.buttonsPerRow) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : null;
}
