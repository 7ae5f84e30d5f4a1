import { readCorpusOption } from './corpus-option.js';
import { isLogLevel, type LogLevel } from './log.js';

// One validated configuration, read from the environment (dotenv is loaded by main) and the
// command-line flags `--shards` and `--corpus`. A missing or malformed value is reported by the name of its
// variable (or flag); the token's value is never echoed.

export interface DiscordConfig {
  token: string;
  /** Application id; needed to register commands (the running bot learns it at READY). */
  clientId: string | null;
  /** Register commands to this guild only (instant, for development). */
  guildId: string | null;
  /** REST base URL passed to discord.js as `rest.api` (a REST proxy, or the e2e stand-in). */
  apiUrl: string | null;
  /** Shards to run under discord.js's ShardingManager (`--shards`, else DISCORD_SHARDS), or null for one process. */
  shards: 'auto' | number | null;
  /** Seconds between looks at the corpus folder, whose changes the bot then serves without a restart (CORPUS_WATCH_SECONDS); 0: never. */
  corpusWatchSeconds: number;
}

/** Often enough that a document dropped in is answered within half a minute; a look costs under a millisecond. */
export const DEFAULT_CORPUS_WATCH_SECONDS = 10;

function corpusWatchSeconds(env: Env, errors: ConfigError[]): number {
  const value = read(env, 'CORPUS_WATCH_SECONDS');
  if (value === null) return DEFAULT_CORPUS_WATCH_SECONDS;
  if (/^\d{1,4}$/.test(value) && Number(value) <= 3600) return Number(value);
  errors.push({
    variable: 'CORPUS_WATCH_SECONDS',
    message: 'CORPUS_WATCH_SECONDS 必须是 0 到 3600 之间的整数（秒；0 表示不跟踪语料目录的变化，改动在重启后生效）。',
  });
  return DEFAULT_CORPUS_WATCH_SECONDS;
}

export interface Config {
  /** Null when DISCORD_TOKEN is unset: the bot runs as a local console. */
  discord: DiscordConfig | null;
  logLevel: LogLevel;
  /** The corpus folder served (`--corpus`, else CORPUS_DIR, else the project's corpus/), absolute. */
  corpusDir: string;
}

export interface ConfigError {
  variable: string;
  message: string;
}

/**
 * `ignored`: bot-only settings with a bad value while the console runs (no token): they do not
 * stop it, but are said, so that an operator learns of them before the bot refuses to start.
 */
export type ConfigResult = { ok: true; config: Config; ignored?: ConfigError[] } | { ok: false; errors: ConfigError[] };

type Env = Record<string, string | undefined>;

const SNOWFLAKE = /^\d{17,20}$/;
// Three base64url parts separated by dots, as the developer portal issues them.
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

function read(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function snowflake(env: Env, name: string, errors: ConfigError[]): string | null {
  const value = read(env, name);
  if (value !== null && !SNOWFLAKE.test(value)) {
    errors.push({ variable: name, message: `${name} 必须是 Discord 的数字 ID（17–20 位数字）。` });
  }
  return value;
}

function apiUrl(env: Env, errors: ConfigError[]): string | null {
  const value = read(env, 'DISCORD_API_URL');
  if (value === null) return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  errors.push({ variable: 'DISCORD_API_URL', message: 'DISCORD_API_URL 必须是 http(s) 网址，例如 https://discord.com/api。' });
  return null;
}

/** The value of `--shards auto|N` or `--shards=…`: undefined without the flag, '' when its value is missing. */
function shardsFlag(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--shards' || a.startsWith('--shards='));
  if (at < 0) return undefined;
  const flag = argv[at] ?? '';
  return flag === '--shards' ? (argv[at + 1] ?? '') : flag.slice('--shards='.length);
}

/** The arguments without `--shards` and its value. */
function withoutShardsFlag(argv: readonly string[]): string[] {
  const at = argv.findIndex((a) => a === '--shards' || a.startsWith('--shards='));
  if (at < 0) return [...argv];
  return [...argv.slice(0, at), ...argv.slice(at + (argv[at] === '--shards' ? 2 : 1))];
}

/** `--shards` on the command line wins over DISCORD_SHARDS; either must be `auto` or a positive integer. */
function shards(env: Env, argv: readonly string[], errors: ConfigError[]): 'auto' | number | null {
  const flag = shardsFlag(argv);
  const [name, value] = flag === undefined ? ['DISCORD_SHARDS', read(env, 'DISCORD_SHARDS')] : ['--shards', flag.trim()];
  if (value === null) return null;
  if (value === 'auto') return 'auto';
  if (/^[1-9]\d{0,4}$/.test(value)) return Number(value);
  errors.push({ variable: name, message: `${name} 必须是 auto 或正整数。` });
  return null;
}

export function loadConfig(env: Env = process.env, argv: readonly string[] = process.argv.slice(2)): ConfigResult {
  const errors: ConfigError[] = [];
  const level = (read(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!isLogLevel(level)) {
    errors.push({ variable: 'LOG_LEVEL', message: 'LOG_LEVEL 必须是 trace、debug、info、warn、error、fatal 或 silent 之一。' });
  }
  const corpus = readCorpusOption(env, argv);
  if (!corpus.ok) errors.push(corpus.error);
  else {
    // A mistyped flag (--corpsu) or a folder without --corpus used to be ignored: the bot then
    // served the default corpus without a word.
    const unknown = withoutShardsFlag(corpus.rest);
    if (unknown.length)
      errors.push({
        variable: '命令行',
        message: `不认识的参数“${unknown.join(' ')}”：npm start 只接受 --corpus 目录 和 --shards auto|N（例如 npm start -- --corpus ./my-corpus）。`,
      });
  }
  const token = read(env, 'DISCORD_TOKEN');
  if (token !== null && !TOKEN.test(token)) {
    errors.push({ variable: 'DISCORD_TOKEN', message: 'DISCORD_TOKEN 格式不正确（应为开发者门户给出的机器人令牌）。' });
  }
  // Without a token the local console runs, which has no shards: a bad `--shards` (or any bot-only
  // setting) does not stop it; it is said as ignored (botOnlyProblems), and refused only by the bot.
  const discord: DiscordConfig | null =
    token === null
      ? null
      : {
          token,
          clientId: snowflake(env, 'DISCORD_CLIENT_ID', errors),
          guildId: snowflake(env, 'DISCORD_GUILD_ID', errors),
          apiUrl: apiUrl(env, errors),
          shards: shards(env, argv, errors),
          corpusWatchSeconds: corpusWatchSeconds(env, errors),
        };
  if (errors.length > 0 || !corpus.ok) return { ok: false, errors };
  const config: Config = { discord, logLevel: isLogLevel(level) ? level : 'info', corpusDir: corpus.corpusDir };
  const ignored = token === null ? botOnlyProblems(env, argv) : [];
  return ignored.length ? { ok: true, config, ignored } : { ok: true, config };
}

/** What the bot would refuse of its own settings, checked as it checks them. */
function botOnlyProblems(env: Env, argv: readonly string[]): ConfigError[] {
  const problems: ConfigError[] = [];
  snowflake(env, 'DISCORD_CLIENT_ID', problems);
  snowflake(env, 'DISCORD_GUILD_ID', problems);
  apiUrl(env, problems);
  shards(env, argv, problems);
  corpusWatchSeconds(env, problems);
  return problems;
}

/** For the console's start: bot-only settings with bad values, which the bot would refuse. */
export function formatIgnoredSettings(ignored: readonly ConfigError[]): string {
  return [
    '提示：以下设置只在运行 Discord 机器人时使用，控制台忽略它们；但设置了 DISCORD_TOKEN 后，机器人会因此拒绝启动：',
    ...ignored.map((e) => `  ${e.variable}: ${e.message}`),
  ].join('\n');
}

/** One line per problem, for start-up: names the variable, never shows a value. */
export function formatConfigErrors(errors: readonly ConfigError[]): string {
  return ['配置有误：', ...errors.map((e) => `  ${e.variable}: ${e.message}`)].join('\n');
}
