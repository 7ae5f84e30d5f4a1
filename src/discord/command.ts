import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Locale } from '../answer/locale.js';
import type { Engine } from '../core/engine-api.js';
import type { Choice } from '../core/types.js';
import type { CommandResult } from './reply.js';

// The shape of a `commands/<name>.ts` module, as in the discord.js guide: a definition and a
// handler. Handlers return the reply instead of sending it, so that one place (the router)
// sends every reply with the same rules and logs one line per interaction.

export interface CommandContext {
  engine: Engine;
  /** Every loaded command, for /help. */
  commands: ReadonlyMap<string, CommandModule>;
}

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): CommandResult | Promise<CommandResult>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Choice[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Type predicate for a loaded module: a malformed command file is reported, not trusted. */
export function isCommandModule(value: unknown): value is CommandModule {
  if (!isObject(value) || !isObject(value.data)) return false;
  const { data, execute, autocomplete } = value;
  return (
    typeof data.name === 'string' &&
    typeof data.toJSON === 'function' &&
    typeof execute === 'function' &&
    (autocomplete === undefined || typeof autocomplete === 'function')
  );
}

/**
 * Localised descriptions: Simplified Chinese is the default, as the servers we serve speak it.
 * Discord's two English locales are separate (en-GB clients do not fall back to en-US);
 * Discord has one Traditional Chinese locale (zh-TW).
 */
export function localise(zhCN: string, zhTW: string, enUS: string): [string, Record<'zh-CN' | 'zh-TW' | 'en-US' | 'en-GB', string>] {
  return [zhCN, { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS, 'en-GB': enUS }];
}

/** The language the bot answers a user in: English for a client in English (en-US, en-GB), Chinese otherwise. */
export function replyLocale(interaction: { locale?: string | null } | null | undefined): Locale {
  return interaction?.locale?.startsWith('en') ? 'en' : 'zh';
}
