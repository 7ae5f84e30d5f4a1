import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHandle, startDiscordBot } from '../../src/discord/start-bot.js';
import { createLogger } from '../../src/log.js';
import { realEngine } from '../support/engine.js';
import type { InteractionSpec, StandIn } from '../support/fake-discord/stand-in.js';
import { standInApart } from '../support/fake-discord/stand-in-apart.js';

// npm run bench:discord runs the stand-in Discord in a process of its own: the real bot logs into
// it, interactions described here are built and sent there, and what Discord saw comes back.

let standIn: StandIn;
let bot: BotHandle;

beforeAll(async () => {
  standIn = await standInApart();
  bot = await startDiscordBot(standIn.config, await realEngine(), createLogger('silent'), { handleSignals: false });
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

const ask = (question: string, userId: string): InteractionSpec => ({ kind: 'command', name: 'ask', options: { question }, userId });

describe('given the stand-in Discord in its own process', () => {
  it('when the bot answers one /ask, then the stand-in, not this process, saw it answered with an embed', async () => {
    expect(standIn.pid).not.toBe(process.pid);
    const seen = await standIn.send(ask('谁向中国提供了援助', '300000000000000101'));
    expect(seen.ackType).toBe(4);
    expect(seen.answerMs).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(seen.embeds).toBeGreaterThan(0);
  });

  it('when a burst is sent at once, then every interaction comes back answered, with the stand-in’s CPU time', async () => {
    const specs = Array.from({ length: 5 }, (_, i) => ask('方舱医院是怎么建起来的', `30000000000000020${i}`));
    const { seen, cpuMs } = await standIn.burst(specs, 30_000);
    expect(seen).toHaveLength(5);
    for (const s of seen) expect(s.embeds).toBeGreaterThan(0);
    expect(cpuMs).toBeGreaterThan(0);
  });

  it('when the wait runs out before the answers, then they come back as never answered (Infinity), not as answered at once', async () => {
    const specs = Array.from({ length: 3 }, (_, i) => ask('方舱医院是怎么建起来的', `30000000000000030${i}`));
    const { seen } = await standIn.burst(specs, 1);
    // JSON over IPC wrote Infinity as null, which the bench counted as answered within 15 s.
    for (const s of seen) expect(s.answerMs).toBe(Number.POSITIVE_INFINITY);
  });

  it('when closed, then its process is gone', async () => {
    const pid = standIn.pid;
    await bot.stop();
    await standIn.close();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe('given the stand-in Discord’s process ended under the benchmark (a crash, a kill)', () => {
  it('when an interaction is sent after, then it fails at once, saying so, instead of waiting forever', async () => {
    const gone = await standInApart();
    process.kill(gone.pid, 'SIGKILL');
    await gone.close();
    await expect(gone.send(ask('谁向中国提供了援助', '300000000000000401'))).rejects.toThrow(/process ended/);
    await expect(gone.burst([ask('谁向中国提供了援助', '300000000000000402')], 1_000)).rejects.toThrow(/process ended/);
  }, 30_000);
});
