import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy.js';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/load-commands.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';

const run = promisify(execFile);
let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord?.close());

const commandFiles = () =>
  readdirSync(COMMANDS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
const names = (list: unknown[] | undefined) => (list ?? []).map((c) => (c as { name: string }).name).sort();

describe('deploy-commands', () => {
  it('given DISCORD_GUILD_ID, when the npm script runs, then exactly the commands in commands/ are registered to that guild', async () => {
    const guildId = discord.guildIds[0] ?? '';
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/deploy-commands.ts'], {
      env: {
        ...process.env,
        DISCORD_TOKEN: discord.token,
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_GUILD_ID: guildId,
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    expect(names(discord.commands.get(guildId))).toEqual(commandFiles());
    expect(discord.commands.has('global')).toBe(false);
    expect(stdout).toContain(`已注册 ${commandFiles().length} 个命令到服务器 ${guildId}`);
    const put = discord.rest.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${discord.applicationId}/guilds/${guildId}/commands`);
    expect(stdout).not.toContain(discord.token);
  }, 30_000);

  it('given no guild, then the commands are registered globally', async () => {
    const loaded = await loadCommands();
    if (!loaded.ok) throw new Error(loaded.problems.join());
    const deployed = await deployCommands(discord.config, loaded.commands);
    expect(deployed).toEqual({ ok: true, result: { scope: 'global', guildId: null, names: [...loaded.commands.keys()] } });
    expect(names(discord.commands.get('global'))).toEqual(commandFiles());
  });

  it('given a missing client id, then nothing is sent and it is a configuration error naming DISCORD_CLIENT_ID', async () => {
    const loaded = await loadCommands();
    if (!loaded.ok) throw new Error(loaded.problems.join());
    const before = discord.rest.requests.length;
    const deployed = await deployCommands({ ...discord.config, clientId: null }, loaded.commands);
    expect(deployed).toEqual({
      ok: false,
      error: { variable: 'DISCORD_CLIENT_ID', message: expect.stringContaining('DISCORD_CLIENT_ID') },
    });
    expect(discord.rest.requests.length).toBe(before);
  });
});
