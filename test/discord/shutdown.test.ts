import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';

// The bot as its own process (the same start-up main uses), stopped the way a supervisor does.
let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord?.close());

describe('given a running bot process', () => {
  it('when it receives SIGTERM, then it logs the shutdown, closes the gateway and exits 0', async () => {
    const entry = fileURLToPath(new URL('../support/fake-discord/shard-entry.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: { ...process.env, DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info', DISCORD_SHARDS: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const ready = new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('"discord ready"')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await ready;
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('"msg":"shutting down"');
    expect(stderr).toContain('"msg":"discord client destroyed"');
    expect(stderr).not.toContain(discord.token);
    expect([...discord.gateway.wss.clients].every((c) => c.readyState !== c.OPEN)).toBe(true);
  }, 30_000);
});
