import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { DiscordConfig } from '../../../src/config.js';
import { FakeGateway } from './gateway.js';
import * as interactions from './interactions.js';
import { FakeRest, type RecordedRequest } from './rest.js';

// A stand-in Discord on 127.0.0.1 (random port): REST under /api/v10 and a gateway at /gateway,
// on one node:http server. The bot's real discord.js Client logs in with `rest.api = apiUrl`.

export type { RecordedRequest };
export { interactions };

export interface FakeDiscordOptions {
  guildIds?: string[];
  /** What /gateway/bot recommends (used by `--shards auto`). */
  shardCount?: number;
}

/** What the bot sent back for one interaction: its callback (type 4 message, 7 update, 8 choices). */
export interface InteractionResponse {
  type: number;
  data: Record<string, unknown>;
  request: RecordedRequest;
  /** Milliseconds from dispatch to the callback's arrival. */
  latencyMs: number;
}

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.StandIn.c3RhbmQtaW4tdG9rZW4tZm9yLXRlc3Rz';

export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const applicationId = '100000000000000001';
  const guildIds = options.guildIds ?? ['200000000000000001'];
  const botUser = { id: applicationId, username: '语料问答', discriminator: '0', bot: true as const, avatar: null, global_name: null };
  const server: Server = createServer();
  let port = 0;
  const commands = new Map<string, unknown[]>();
  const rest = new FakeRest({
    token: TOKEN,
    applicationId,
    botUser,
    commands,
    shardCount: options.shardCount ?? 1,
    gatewayUrl: () => `ws://127.0.0.1:${port}/gateway`,
  });
  server.on('request', (req, res) => void rest.handle(req, res));
  const gateway = new FakeGateway(new WebSocketServer({ server, path: '/gateway' }), {
    token: TOKEN,
    applicationId,
    botUser,
    guildIds,
    url: () => `ws://127.0.0.1:${port}/gateway`,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  const waiting = new Map<string, { resolve: (r: InteractionResponse) => void; sentAt: number }>();
  rest.on('request', (r: RecordedRequest) => {
    const match = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
    const waiter = match ? waiting.get(match[1] ?? '') : undefined;
    if (!match || !waiter) return;
    waiting.delete(match[1] ?? '');
    const body = (r.body ?? {}) as { type: number; data?: Record<string, unknown> };
    waiter.resolve({ type: body.type, data: body.data ?? {}, request: r, latencyMs: r.at - waiter.sentAt });
  });

  const who = (userId?: string) => ({ applicationId, guildId: guildIds[0] ?? '', userId });
  const apiUrl = `http://127.0.0.1:${port}/api`;
  /** The bot's configuration for this stand-in: one process, commands registered globally. */
  // Corpus following is off: tests that follow a folder (test/core/live-engine.test.ts) turn it on themselves.
  const config: DiscordConfig = { token: TOKEN, clientId: applicationId, guildId: null, apiUrl, shards: null, corpusWatchSeconds: 0 };

  return {
    apiUrl,
    token: TOKEN,
    applicationId,
    config,
    guildIds,
    rest,
    gateway,
    commands,
    who,
    /** Dispatches INTERACTION_CREATE and resolves with the bot's callback (rejects after `timeoutMs`). */
    dispatchInteraction(payload: Record<string, unknown>, timeoutMs = 3000): Promise<InteractionResponse> {
      const id = String(payload.id);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`no callback for interaction ${id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, {
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
          sentAt: performance.now(),
        });
        gateway.dispatch('INTERACTION_CREATE', payload, String(payload.guild_id));
      });
    },
    close(): Promise<void> {
      for (const client of gateway.wss.clients) client.terminate();
      gateway.wss.close();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
