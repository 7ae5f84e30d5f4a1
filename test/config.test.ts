import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_WATCH_SECONDS, formatConfigErrors, formatIgnoredSettings, loadConfig } from '../src/config.js';
import { DEFAULT_PATHS } from '../src/core/paths.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123';

describe('loadConfig', () => {
  it('given no token, then the config has no discord part (console mode)', () => {
    expect(loadConfig({}, [])).toEqual({ ok: true, config: { discord: null, logLevel: 'info', corpusDir: DEFAULT_PATHS.corpusDir } });
  });

  it('given a full discord setup, then every value is read and the URL loses its trailing slash', () => {
    const result = loadConfig(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: '123456789012345678',
        DISCORD_GUILD_ID: '223456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:4000/api/',
        LOG_LEVEL: 'DEBUG',
        DISCORD_SHARDS: 'auto',
        CORPUS_WATCH_SECONDS: '30',
      },
      [],
    );
    expect(result).toEqual({
      ok: true,
      config: {
        logLevel: 'debug',
        corpusDir: DEFAULT_PATHS.corpusDir,
        discord: {
          token: TOKEN,
          clientId: '123456789012345678',
          guildId: '223456789012345678',
          apiUrl: 'http://127.0.0.1:4000/api',
          shards: 'auto',
          corpusWatchSeconds: 30,
        },
      },
    });
  });

  it.each([
    [{}, DEFAULT_CORPUS_WATCH_SECONDS],
    [{ CORPUS_WATCH_SECONDS: '0' }, 0],
    [{ CORPUS_WATCH_SECONDS: ' 3600 ' }, 3600],
  ])('given %j, then the bot looks at its corpus folder every %d s (0: never)', (env, seconds) => {
    const result = loadConfig({ DISCORD_TOKEN: TOKEN, ...env }, []);
    expect(result.ok && result.config.discord?.corpusWatchSeconds).toBe(seconds);
  });

  it.each([
    ['DISCORD_GUILD_ID', { DISCORD_GUILD_ID: 'my-server' }],
    ['DISCORD_CLIENT_ID', { DISCORD_CLIENT_ID: '12' }],
    ['DISCORD_API_URL', { DISCORD_API_URL: 'discord.com/api' }],
    ['DISCORD_SHARDS', { DISCORD_SHARDS: '0' }],
    ['CORPUS_WATCH_SECONDS', { CORPUS_WATCH_SECONDS: '10s' }],
    ['CORPUS_WATCH_SECONDS', { CORPUS_WATCH_SECONDS: '3601' }],
    ['CORPUS_WATCH_SECONDS', { CORPUS_WATCH_SECONDS: '-1' }],
  ])('given a malformed %s, then start-up is refused naming it', (variable, extra) => {
    const result = loadConfig({ DISCORD_TOKEN: TOKEN, ...extra }, []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.variable)).toEqual([variable]);
  });

  describe('shards', () => {
    const shardsOf = (env: Record<string, string>, argv: string[]) => {
      const result = loadConfig({ DISCORD_TOKEN: TOKEN, ...env }, argv);
      return result.ok ? result.config.discord?.shards : result.errors;
    };

    it.each([
      [['--shards', 'auto'], 'auto'],
      [['--shards=3'], 3],
      [['--shards', '2'], 2],
      [[], null],
    ])('given argv %j, then %j', (argv, expected) => expect(shardsOf({}, argv)).toEqual(expected));

    it.each([[['--corpsu', 'my-corpus']], [['my-corpus']], [['--verbose', '--shards', '2']]])(
      'given an argument it does not know in %j (a typo, a folder without --corpus), then start-up is refused saying so',
      (argv) => {
        const result = loadConfig({}, argv);
        expect(result.ok ? [] : result.errors.map((e) => e.variable)).toEqual(['命令行']);
        if (!result.ok) expect(formatConfigErrors(result.errors)).toContain(argv[0]);
      },
    );

    it('given DISCORD_SHARDS and no flag, then the variable decides', () => {
      expect(shardsOf({ DISCORD_SHARDS: '2' }, [])).toBe(2);
    });

    it('given both, then the command line wins', () => {
      expect(shardsOf({ DISCORD_SHARDS: '2' }, ['--shards=4'])).toBe(4);
    });

    it.each([[['--shards', '0']], [['--shards']], [['--shards=']], [['--shards', 'many']], [['--shards', '--verbose']]])(
      'given the bad or missing value in %j, then start-up is refused naming --shards',
      (argv) => {
        const result = loadConfig({ DISCORD_TOKEN: TOKEN }, argv);
        expect(result.ok ? [] : result.errors.map((e) => e.variable)).toEqual(['--shards']);
        if (!result.ok) expect(formatConfigErrors(result.errors)).toContain('--shards');
      },
    );

    it('given no token (the console), then a bad --shards flag does not stop it, and is said as ignored', () => {
      const result = loadConfig({}, ['--shards', 'many']);
      expect(result).toMatchObject({ ok: true, config: { discord: null, logLevel: 'info', corpusDir: DEFAULT_PATHS.corpusDir } });
      expect(result.ok ? result.ignored?.map((e) => e.variable) : []).toEqual(['--shards']);
      expect(loadConfig({}, ['--shards', '2'])).toEqual({
        ok: true,
        config: { discord: null, logLevel: 'info', corpusDir: DEFAULT_PATHS.corpusDir },
      });
    });

    it('given no token and bad bot settings (CORPUS_WATCH_SECONDS=abc, DISCORD_SHARDS=abc), then each is named as ignored, no value shown', () => {
      const result = loadConfig({ CORPUS_WATCH_SECONDS: 'abc', DISCORD_SHARDS: 'abc', DISCORD_CLIENT_ID: 'x' }, []);
      expect(result.ok ? result.ignored?.map((e) => e.variable).sort() : []).toEqual([
        'CORPUS_WATCH_SECONDS',
        'DISCORD_CLIENT_ID',
        'DISCORD_SHARDS',
      ]);
      if (result.ok) expect(formatIgnoredSettings(result.ignored ?? [])).not.toContain('abc');
    });
  });

  it('given a bad LOG_LEVEL, then it is named even without a token', () => {
    const result = loadConfig({ LOG_LEVEL: 'loud' }, []);
    expect(result.ok ? [] : result.errors.map((e) => e.variable)).toEqual(['LOG_LEVEL']);
  });

  it('given a malformed token, then the message names DISCORD_TOKEN and never shows the value', () => {
    const secret = 'not-a-real-token-but-secret';
    const result = loadConfig({ DISCORD_TOKEN: secret }, []);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const text = formatConfigErrors(result.errors);
      expect(text).toContain('DISCORD_TOKEN');
      expect(text).not.toContain(secret);
    }
  });

  describe('corpus folder', () => {
    it('given CORPUS_DIR, then it is served, resolved to an absolute path', () => {
      const dir = mkdtempSync(join(tmpdir(), 'qa-corpus-'));
      const result = loadConfig({ CORPUS_DIR: dir }, []);
      expect(result.ok && result.config.corpusDir).toBe(dir);
    });

    it('given --corpus and CORPUS_DIR, then the command line wins', () => {
      const fromEnv = mkdtempSync(join(tmpdir(), 'qa-corpus-'));
      const fromFlag = mkdtempSync(join(tmpdir(), 'qa-corpus-'));
      expect(loadConfig({ CORPUS_DIR: fromEnv }, ['--corpus', fromFlag])).toMatchObject({ ok: true, config: { corpusDir: fromFlag } });
      expect(loadConfig({ CORPUS_DIR: fromEnv }, [`--corpus=${fromFlag}`])).toMatchObject({ ok: true, config: { corpusDir: fromFlag } });
    });

    it.each([
      ['CORPUS_DIR', { CORPUS_DIR: '/no/such/folder' }, []],
      ['--corpus', {}, ['--corpus', '/no/such/folder']],
      ['--corpus', {}, ['--corpus']],
      ['CORPUS_DIR', { CORPUS_DIR: fileURLToPath(import.meta.url) }, []],
    ])('given a bad %s (%j %j), then start-up is refused naming it, with the folder in the message', (variable, env, argv) => {
      const result = loadConfig(env, argv);
      expect(result.ok ? [] : result.errors.map((e) => e.variable)).toEqual([variable]);
      if (!result.ok) expect(formatConfigErrors(result.errors)).toMatch(/语料文件夹|文件夹路径/);
    });
  });
});
