import type { RESTOptions } from 'discord.js';
import type { DiscordConfig } from '../config.js';

// Where REST calls go: Discord itself, or DISCORD_API_URL (a REST proxy, or the e2e stand-in).
// The bot's Client, the shard manager and deploy-commands all reach Discord through this.
export function restOptions(config: DiscordConfig): Partial<RESTOptions> {
  return config.apiUrl ? { api: config.apiUrl } : {};
}
