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

/** The token of an interaction or webhook route (…/interactions/<id>/<token>/callback, …/webhooks/<id>/<token>/…). */
const ROUTE_TOKEN = /\/(interactions|webhooks)\/(\d+)\/[^/?#\s]+/g;
/** Any other path segment long enough to be a credential (ids are 17–20 digits). */
const LONG_SEGMENT = /\/[\w.-]{40,}(?=[/?#\s]|$)/g;
const withoutTokens = (text: string): string => text.replace(ROUTE_TOKEN, '/$1/$2/[redacted]').replace(LONG_SEGMENT, '/[redacted]');

/**
 * An error as a log line shows it: kind, message, stack and status fields. Never the request it
 * carried: a failed Discord REST call holds the interaction token in its URL (anyone holding it
 * can answer for the bot for 15 minutes) and the whole reply, image bytes included, in its body.
 */
export function errorForLog(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: withoutTokens(String(error)) };
  const fields = error as Error & Record<string, unknown>;
  const shown: Record<string, unknown> = {
    type: error.name,
    message: withoutTokens(error.message),
    stack: withoutTokens(error.stack ?? ''),
  };
  for (const key of ['code', 'status', 'method']) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number') shown[key] = value;
  }
  if (typeof fields.url === 'string') shown.url = withoutTokens(fields.url);
  if (error.cause !== undefined && depth < 3) shown.cause = errorForLog(error.cause, depth + 1);
  return shown;
}

export function createLogger(level: LogLevel = levelFromEnv(), destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers: { err: (error: unknown) => errorForLog(error) } },
    destination,
  );
}

export const logger: Logger = createLogger();
