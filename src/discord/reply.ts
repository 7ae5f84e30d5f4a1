import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
} from 'discord.js';
import { LIMITS } from './limits.js';
import { truncate } from './truncate.js';

// Every reply the bot sends is built here, so that the rules hold for all of them:
// no mentions ever parsed (whatever the corpus or the user typed), ephemeral errors, limits.

/** A file sent with a reply (the timeline PNG), shown in an embed as `attachment://name`. */
export interface Attachment {
  name: string;
  data: Buffer;
}

export interface BotReply {
  content?: string;
  files?: Attachment[];
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** Only the user who asked sees it (errors, nothing found, rate limit). */
  ephemeral: boolean;
  /** The embeds' title, description and field values are the bot's own words (/help, /about): a Traditional client reads them converted. */
  ownWords?: boolean;
}

/** Outcome of one interaction, for the log line. */
export type Outcome = 'ok' | 'empty' | 'error' | 'rate-limited' | 'invalid-button' | 'failed';

export interface CommandResult {
  reply: BotReply;
  hits: number;
  outcome: Outcome;
}

export const NO_MENTIONS = { parse: [] as [] };

/** The options passed to discord.js `reply`/`update`: the one place `allowedMentions` is set. */
export function toReplyOptions(reply: BotReply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return {
    content: reply.content === undefined ? undefined : truncate(reply.content, LIMITS.content),
    embeds: reply.embeds ?? [],
    components: reply.components ?? [],
    ...(reply.files?.length ? { files: reply.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The same rules for a page turned in place (an update cannot change who sees the message). */
export function toUpdateOptions(reply: BotReply): InteractionUpdateOptions {
  const { flags: _ephemeral, ...options } = toReplyOptions(reply);
  // Without new files, drop the old ones: a turned page must not keep a stale image.
  return reply.files?.length ? options : { ...options, attachments: [] };
}

/** The same rules for an answer edited into a deferred acknowledgement. */
export function toEditOptions(reply: BotReply): InteractionEditReplyOptions {
  return toUpdateOptions(reply) as InteractionEditReplyOptions;
}

/** A short ephemeral notice (errors, rate limit, forged buttons). */
export function notice(text: string, outcome: Outcome): CommandResult {
  return { reply: { content: text, ephemeral: true }, hits: 0, outcome };
}
