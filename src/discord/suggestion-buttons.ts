import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { commandNamed } from '../answer/commands.js';
import { button } from './answer-frame.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { LIMITS } from './limits.js';

// A notice's suggestions that are commands to run ("/date March 18", "/search 白皮书") as buttons:
// typed again by hand, they were the only way on. Each is the first page of that command's answer,
// so it rides the page buttons' custom id (pg:…) and needs nothing new to be answered.

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
    const id = encodeCustomId({ kind: 'page', command, page: 1, query: query.trim() });
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    buttons.push(button(id, suggestion, ButtonStyle.Secondary));
    if (buttons.length === LIMITS.buttonsPerRow) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : null;
}
