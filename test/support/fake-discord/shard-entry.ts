// What each shard process runs in the sharding test: the same start-up as main's Discord mode
// (config from the environment, the engine from the saved index, the bot), nothing stubbed.
import { loadConfig } from '../../../src/config.js';
import { createEngine } from '../../../src/core/create-engine.js';
import { stopWhenManagerIsGone } from '../../../src/discord/manager-watch.js';
import { startDiscordBot } from '../../../src/discord/start-bot.js';
import { logger } from '../../../src/log.js';

stopWhenManagerIsGone(); // as run-bot.ts does in a shard: a test run that dies leaves no shard behind

const config = loadConfig();
if (!config.ok || !config.config.discord) throw new Error('shard-entry: bad configuration');
const engine = await createEngine({ logger });
await startDiscordBot(config.config.discord, engine, logger);
