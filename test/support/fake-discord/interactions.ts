import { randomBytes } from 'node:crypto';
import { botMessage } from './bot-message.js';
import { snowflake } from './snowflake.js';

// INTERACTION_CREATE payloads shaped as Discord sends them. discord.js 14.28 throws without
// `entitlements` or `authorizing_integration_owners`, so every payload carries both.

export interface Who {
  applicationId: string;
  guildId: string;
  userId?: string;
}

export type OptionValue = string | number | boolean;

function base(type: number, who: Who): Record<string, unknown> {
  const userId = who.userId ?? '300000000000000001';
  const user = { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', avatar: null, global_name: null };
  return {
    id: snowflake(),
    application_id: who.applicationId,
    type,
    token: randomBytes(24).toString('base64url'),
    version: 1,
    guild_id: who.guildId,
    channel_id: (BigInt(who.guildId) + 1n).toString(),
    channel: { id: (BigInt(who.guildId) + 1n).toString(), type: 0, guild_id: who.guildId, name: 'general' },
    member: { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' },
    app_permissions: '2248473465835073',
    locale: 'zh-CN',
    guild_locale: 'zh-CN',
    entitlements: [],
    authorizing_integration_owners: { '0': who.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

function toOptions(options: Record<string, OptionValue>, focused?: string) {
  return Object.entries(options).map(([name, value]) => ({
    name,
    value,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function chatInput(name: string, options: Record<string, OptionValue>, who: Who): Record<string, unknown> {
  return { ...base(2, who), data: { id: snowflake(), name, type: 1, guild_id: who.guildId, options: toOptions(options) } };
}

export function autocomplete(name: string, options: Record<string, OptionValue>, focused: string, who: Who): Record<string, unknown> {
  return { ...base(4, who), data: { id: snowflake(), name, type: 1, guild_id: who.guildId, options: toOptions(options, focused) } };
}

/**
 * A click on `customId` under a message the bot sent earlier (its embeds and components), which
 * answered `askedBy`'s command when given (Discord's interaction_metadata names its asker), shown
 * to its asker only when `ephemeral`.
 */
export function button(
  customId: string,
  message: { embeds?: unknown[]; components?: unknown[]; askedBy?: string; ephemeral?: boolean },
  who: Who,
): Record<string, unknown> {
  const payload = base(3, who);
  const asker = message.askedBy;
  const metadata =
    asker === undefined
      ? {}
      : {
          interaction_metadata: {
            id: snowflake(),
            type: 2,
            user: { id: asker, username: `user${asker.slice(-4)}`, discriminator: '0', avatar: null, global_name: null },
            authorizing_integration_owners: { '0': who.guildId },
          },
        };
  return {
    ...payload,
    data: { custom_id: customId, component_type: 2 },
    message: botMessage(who.applicationId, {
      id: snowflake(),
      channel_id: payload.channel_id,
      type: 20,
      embeds: message.embeds ?? [],
      components: message.components ?? [],
      // Shown to one user only (Discord's EPHEMERAL message flag).
      ...(message.ephemeral ? { flags: 64 } : {}),
      ...metadata,
    }),
  };
}
