// npm start [-- --shards auto|N] [--corpus DIR]: the Discord bot when DISCORD_TOKEN is set, the local console otherwise.

import { exitQuietlyWhenReaderLeaves } from './cli/closed-pipe.js';
import { readableLogDestination } from './cli/readable-log.js';
import { runConsole } from './cli/run-console.js';
import { stdinProblem } from './cli/stdin-check.js';
import { formatConfigErrors, formatIgnoredSettings, loadConfig } from './config.js';
import { createEngine } from './core/create-engine.js';
import { loadDotenv } from './load-env.js';
import { createLogger } from './log.js';
import { exitStartupFailure } from './startup-failure.js';

loadDotenv();
const result = loadConfig(process.env, process.argv.slice(2));
if (!result.ok) {
  process.stderr.write(`${formatConfigErrors(result.errors)}\n`);
  process.exit(1);
}
const { config } = result;
if (result.ignored) process.stderr.write(`${formatIgnoredSettings(result.ignored)}\n`);
// The console is for reading answers: info lines only when LOG_LEVEL asks for them, and then as
// JSON; by default warnings only, each as a readable line (readable-log.ts). The bot logs JSON.
const readable = config.discord || process.env.LOG_LEVEL?.trim() ? null : readableLogDestination();
const logger = readable ? createLogger('info', readable) : createLogger(config.logLevel);

try {
  if (config.discord) {
    // Loaded only when needed: the console never pays for discord.js.
    const { runBot } = await import('./run-bot.js');
    await runBot(config.discord, config.corpusDir, logger);
  } else {
    // A directory as stdin read as an empty input: exit 0 and nothing said.
    const problem = stdinProblem(0, 'npm start --silent');
    if (problem) {
      process.stderr.write(`${problem}\n`);
      process.exit(2);
    }
    const engine = await createEngine({ logger, corpusDir: config.corpusDir });
    readable?.end();
    exitQuietlyWhenReaderLeaves(process.stdout);
    await runConsole(engine);
  }
} catch (error) {
  exitStartupFailure(error, logger);
}
