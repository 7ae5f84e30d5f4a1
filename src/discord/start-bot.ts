import { performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../config.js';
import type { Engine } from '../core/engine-api.js';
import { AnswerQueue } from './answer-queue.js';
import { createInteractionHandler } from './interaction-router.js';
import { type LoadResult, loadCommands } from './load-commands.js';
import { BUTTON_LIMIT, createRateLimiter } from './rate-limit.js';
import { NO_MENTIONS } from './reply.js';
import { restOptions } from './rest-options.js';
import { installShutdown } from './shutdown.js';

// Logs the real discord.js Client in (through `DISCORD_API_URL` when set: discord.js's REST
// `api` option; the gateway URL then comes from that server's /gateway/bot) and answers
// interactions until stopped. The engine is built (and warmed up) before this is called: nothing
// is answered before the index is loaded.

/** Effectively no client-side global cap: the bot's requests are interaction responses (and 429s are still honoured). */
const INTERACTION_REQUESTS_PER_SECOND = 100_000;

export interface BotHandle {
  client: Client<true>;
  /** Milliseconds from this call to the ready event. */
  readyMs: number;
  /** Stops taking interactions and destroys the client (idempotent). */
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Install SIGINT/SIGTERM and unhandledRejection handlers (main: yes; tests: no). */
  handleSignals?: boolean;
  /** The queue interactions' engine work runs through (tests pass one with other thresholds). */
  queue?: AnswerQueue;
  /** The command modules, when already loaded (run-bot.ts loads them before the index). */
  commands?: LoadResult;
}

export async function startDiscordBot(
  config: DiscordConfig,
  engine: Engine,
  rootLogger: Logger,
  options: BotOptions = {},
): Promise<BotHandle> {
  const started = performance.now();
  const logger = rootLogger.child({ component: 'discord' });
  const loaded = options.commands ?? (await loadCommands());
  if (!loaded.ok) throw new Error(`Invalid command modules:\n${loaded.problems.join('\n')}`);

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS, // belt and braces: every reply also sets it
    // Interaction responses are exempt from Discord's global rate limit; discord.js's client-side
    // cap (50 requests/s) would otherwise hold a burst's acknowledgements back for seconds.
    rest: { ...restOptions(config), globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND },
  });
  const queue = options.queue ?? new AnswerQueue();
  const handle = createInteractionHandler({
    engine,
    commands: loaded.commands,
    logger,
    rateLimiter: createRateLimiter(),
    buttonRateLimiter: createRateLimiter(BUTTON_LIMIT.clicks, BUTTON_LIMIT.windowMs),
    queue,
  });
  let accepting = true;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (accepting) void handle(interaction);
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'REST rate limited'),
  );

  // Signals are handled from before login: a supervisor may stop the bot while it connects, and
  // the ready line must never be logged by a process that would ignore SIGTERM.
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      accepting = false;
      await client.destroy();
      logger.info('discord client destroyed');
    })();
    return stopped;
  };
  if (options.handleSignals ?? true) installShutdown({ stop }, logger);

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  // Said before the wait: without it, an unreachable API meant a minute of silence.
  logger.info({ api: config.apiUrl ?? 'https://discord.com/api' }, 'connecting to Discord');
  await client.login(config.token);
  const readyClient = await ready;
  const readyMs = Math.round(performance.now() - started);
  logger.info(
    {
      user: readyClient.user.tag,
      guilds: readyClient.guilds.cache.size,
      shards: readyClient.ws.shards.map((s) => s.id),
      commands: [...loaded.commands.keys()],
      passages: engine.stats().passages,
      readyMs,
      // performance.now() counts from process start: the whole start-up, index loading included.
      sinceProcessStartMs: Math.round(performance.now()),
    },
    'discord ready',
  );

  return { client: readyClient, readyMs, stop };
}
