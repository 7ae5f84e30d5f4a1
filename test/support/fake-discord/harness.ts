import { Writable } from 'node:stream';
import type { Engine } from '../../../src/core/engine-api.js';
import { type BotHandle, type BotOptions, startDiscordBot } from '../../../src/discord/start-bot.js';
import { createLogger } from '../../../src/log.js';
import { type FakeDiscord, startFakeDiscord } from './index.js';

// The bot (real discord.js Client, real command modules) logged into a fresh stand-in, with its
// log lines captured as objects so tests can assert on them.

export interface Harness {
  discord: FakeDiscord;
  bot: BotHandle;
  logs: Record<string, unknown>[];
  /** A fresh user id per call, so tests do not share a rate-limit window. */
  nextUser(): string;
  close(): Promise<void>;
}

export async function startHarness(engine: Engine, options: Pick<BotOptions, 'queue'> = {}): Promise<Harness> {
  const discord = await startFakeDiscord();
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  // The bot's own logger (redaction and error serializer included), writing to the test's sink.
  const logger = createLogger('info', sink);
  const bot = await startDiscordBot(discord.config, engine, logger, { ...options, handleSignals: false });
  let user = 300_000_000_000_000_000n;
  return {
    discord,
    bot,
    logs,
    nextUser: () => (++user).toString(),
    async close() {
      await bot.stop();
      await discord.close();
    },
  };
}
