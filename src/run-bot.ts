import type { Logger } from 'pino';
import type { DiscordConfig } from './config.js';
import { createEngine } from './core/create-engine.js';
import { startDiscordBot } from './discord/start-bot.js';

/** The bot in this process: the index is loaded (or rebuilt) before logging in, so no interaction waits for it. */
export async function runBot(config: DiscordConfig, logger: Logger): Promise<void> {
  const engine = await createEngine({ logger });
  await startDiscordBot(config, engine, logger, { handleSignals: true });
}
