// What each shard process runs in the sharding test: the same start-up as main's Discord mode
// (config from the environment, the engine from the saved index, the bot), nothing stubbed.
import { loadConfig } from '../../../src/config.js';
import { createEngine } from '../../../src/core/create-engine.js';
import { startDiscordBot } from '../../../src/discord/start-bot.js';
import { logger } from '../../../src/log.js';

const config = loadConfig();
if (!config.ok || !config.config.discord) throw new Error('shard-entry: bad configuration');
const engine = await createEngine({ logger });
await startDiscordBot(config.config.discord, engine, logger);
