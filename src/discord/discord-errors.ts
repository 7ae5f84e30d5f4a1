import { DiscordAPIError, HTTPError } from 'discord.js';

// REST failures that are a fact of life, not a bug: the interaction expired before we answered
// (10062, Discord's 3 s), was answered already (40060), or the network/Discord failed (HTTP 5xx).
// They are logged and the interaction is skipped; nothing is retried past Discord's deadline.

const UNKNOWN_INTERACTION = 10062;
const ALREADY_ACKNOWLEDGED = 40060;

export function isIgnorableDiscordError(error: unknown): boolean {
  if (error instanceof DiscordAPIError) {
    return error.code === UNKNOWN_INTERACTION || error.code === ALREADY_ACKNOWLEDGED || error.status >= 500;
  }
  return error instanceof HTTPError;
}
