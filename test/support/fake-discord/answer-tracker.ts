import type { FakeDiscord, RecordedRequest } from './index.js';

// Follows an interaction past its acknowledgement: a direct reply (callback 4, 7) is the answer;
// a deferral (callback 5, 6) is answered later by editing the original message (PATCH …/@original)
// or by a follow-up (POST /webhooks/:app/:token). Times are from dispatch.

export interface TrackedInteraction {
  /** Callback type of the acknowledgement: 4 reply, 5 deferred reply, 6 deferred update, 7 update. */
  ackType: number;
  ackMs: number;
  answerMs: number;
  /** The answer's body (the callback's data, the edit or the follow-up). */
  answer: Record<string, unknown>;
}

interface Waiter {
  sentAt: number;
  ack?: { type: number; ms: number };
  resolve: (t: TrackedInteraction) => void;
}

const DEFERRED = new Set([5, 6]);

export function trackAnswers(discord: FakeDiscord) {
  const waiting = new Map<string, Waiter>();
  const finish = (token: string, w: Waiter, r: RecordedRequest, answer: Record<string, unknown>) => {
    waiting.delete(token);
    const ms = r.at - w.sentAt;
    w.resolve({ ackType: w.ack?.type ?? 0, ackMs: w.ack?.ms ?? ms, answerMs: ms, answer });
  };
  discord.rest.on('request', (r: RecordedRequest) => {
    const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.path);
    const webhook = /^\/webhooks\/\d+\/([^/]+)(?:\/messages\/@original)?$/.exec(r.path);
    const token = callback?.[1] ?? webhook?.[1] ?? '';
    const w = waiting.get(token);
    if (!w) return;
    const body = (r.body ?? {}) as { type?: number; data?: Record<string, unknown> };
    if (callback) {
      w.ack = { type: body.type ?? 0, ms: r.at - w.sentAt };
      if (!DEFERRED.has(body.type ?? 0)) finish(token, w, r, body.data ?? {});
    } else if (r.method === 'PATCH' || r.method === 'POST') {
      finish(token, w, r, body as Record<string, unknown>);
    }
  });
  return {
    /**
     * Dispatches INTERACTION_CREATE; resolves when the answer arrives. After `timeoutMs` it rejects,
     * or, with `partial`, resolves with what arrived (an acknowledgement, or nothing: Infinity).
     */
    send(payload: Record<string, unknown>, timeoutMs = 60_000, partial = false): Promise<TrackedInteraction> {
      const token = String(payload.token);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const w = waiting.get(token);
          waiting.delete(token);
          if (partial) resolve({ ackType: w?.ack?.type ?? 0, ackMs: w?.ack?.ms ?? Infinity, answerMs: Infinity, answer: {} });
          else reject(new Error(`no answer for interaction ${String(payload.id)} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(token, {
          sentAt: performance.now(),
          resolve: (t) => {
            clearTimeout(timer);
            resolve(t);
          },
        });
        discord.gateway.dispatch('INTERACTION_CREATE', payload, String(payload.guild_id));
      });
    },
  };
}
