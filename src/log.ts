import pino, { type Logger } from 'pino';

// One root logger for the process; components take a child (`logger.child({ component })`).
// Pretty printing is left to the reader (`| npx pino-pretty`): structured JSON lines are what
// log collectors want, and keeping one code path means the redaction below always applies.
// Logs go to stderr so that stdout stays clean for the console and the JSON Lines contract.

/** Paths that must never reach a log line, whatever object a component logs. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
  'authorization',
];

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function isLogLevel(value: string): value is LogLevel {
  return (LEVELS as readonly string[]).includes(value);
}

function levelFromEnv(): LogLevel {
  const raw = (process.env.LOG_LEVEL ?? '').trim().toLowerCase();
  return isLogLevel(raw) ? raw : 'info';
}

export function createLogger(level: LogLevel = levelFromEnv(), destination = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}

export const logger: Logger = createLogger();
