import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import type { CommandModule } from './command.js';

// Registers the loaded commands through REST (honouring DISCORD_API_URL like the bot): to one
// guild when DISCORD_GUILD_ID is set (instant, for development), globally otherwise. A PUT
// replaces the whole set, so what is registered is exactly the files in `commands/`.

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId: string | null;
  names: string[];
}

export type DeployOutcome = { ok: true; result: DeployResult } | { ok: false; message: string };

export async function deployCommands(
  config: DiscordConfig,
  commands: ReadonlyMap<string, CommandModule>,
): Promise<DeployOutcome> {
  if (!config.clientId) return { ok: false, message: 'DISCORD_CLIENT_ID 未设置：注册命令需要应用 ID。' };
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
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
