import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { ConfigError, DiscordConfig } from '../config.js';
import type { CommandModule } from './command.js';
import { restOptions } from './rest-options.js';

// Registers the loaded commands through REST (honouring DISCORD_API_URL like the bot): to one
// guild when DISCORD_GUILD_ID is set (instant, for development), globally otherwise. A PUT
// replaces the whole set, so what is registered is exactly the files in `commands/`.

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  names: string[];
}

/** A missing DISCORD_CLIENT_ID is a configuration problem, reported like any other. */
export type DeployOutcome = { ok: true; result: DeployResult } | { ok: false; error: ConfigError };

export async function deployCommands(config: DiscordConfig, commands: ReadonlyMap<string, CommandModule>): Promise<DeployOutcome> {
  if (!config.clientId) {
    return { ok: false, error: { variable: 'DISCORD_CLIENT_ID', message: 'DISCORD_CLIENT_ID 未设置：注册命令需要应用 ID。' } };
  }
  const rest = new REST(restOptions(config)).setToken(config.token);
  const body = [...commands.values()].map((c) => c.data.toJSON());
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    ok: true,
    result: { scope: config.guildId ? 'guild' : 'global', guildId: config.guildId, names: registered.map((c) => c.name) },
  };
}
