import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { brokenLimits } from '../support/discord-limits.js';
import { realEngine } from '../support/engine.js';
import { type Harness, startHarness } from '../support/fake-discord/harness.js';
import { type InteractionResponse, interactions, type RecordedRequest } from '../support/fake-discord/index.js';
import { activeMarkup, anyLoneSurrogate, hostileText } from '../support/hostile-text.js';

// Generated hostile interactions through the real discord.js client and the stand-in Discord:
// every one gets exactly one callback, within Discord's limits, as valid Unicode, with what the
// user typed escaped wherever it is echoed (notices, titles, descriptions) and no mention parsed.

let engine: Engine;
let h: Harness;
const callbacks = new Map<string, number>();

beforeAll(async () => {
  engine = await realEngine();
  h = await startHarness(engine);
  h.discord.rest.on('request', (r: RecordedRequest) => {
    const id = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path)?.[1];
    if (id) callbacks.set(id, (callbacks.get(id) ?? 0) + 1);
  });
}, 60_000);
afterAll(() => h?.close());

const RUNS = 200;
const OPTION: Record<string, string> = { ask: 'question', search: 'keywords', date: 'date', country: 'name', context: 'id' };

async function dispatch(payload: Record<string, unknown>): Promise<InteractionResponse> {
  const response = await h.discord.dispatchInteraction(payload);
  expect(callbacks.get(String(payload.id))).toBe(1);
  return response;
}

/** What every reply must be, whatever it answers. */
function expectSafe(r: InteractionResponse): void {
  const data = r.data as { content?: string; embeds?: APIEmbed[]; components?: never[]; choices?: never[]; allowed_mentions?: unknown };
  expect(brokenLimits(data)).toEqual([]);
  expect(anyLoneSurrogate(data)).toBe(false);
  if (r.type !== 8) expect(data.allowed_mentions).toEqual({ parse: [] });
  // User text reaches the content (notices) and the embed title and description; excerpts are
  // corpus text with our own bold, checked verbatim by the end-to-end tests.
  for (const text of [data.content ?? '', ...(data.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? ''])])
    expect(activeMarkup(text)).toBeNull();
}

describe('given generated hostile interactions', () => {
  it.each(Object.entries(OPTION))('/%s: exactly one reply, within limits, escaped', async (command, option) => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.integer({ min: 1, max: 1000 }), async (text, page) => {
        const who = h.discord.who(h.nextUser());
        expectSafe(await dispatch(interactions.chatInput(command, { [option]: text, page }, who)));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.keys(OPTION))(
    '/%s without its option (an older registration): a reply saying what to type, not a generic failure',
    async (command) => {
      const r = await dispatch(interactions.chatInput(command, { page: 2 }, h.discord.who(h.nextUser())));
      expectSafe(r);
      const text = JSON.stringify(r.data);
      expect(text).not.toContain('出错了');
      expect(text).toMatch(/请输入|请写出/);
    },
  );

  it.each(['date', 'country'])('/%s autocomplete: exactly one list of at most 25 valid choices', async (command) => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (typed) => {
        const who = h.discord.who(h.nextUser());
        const r = await dispatch(interactions.autocomplete(command, { [OPTION[command] ?? '']: typed }, OPTION[command] ?? '', who));
        expect(r.type).toBe(8);
        expectSafe(r);
      }),
      { numRuns: RUNS },
    );
  });

  it('forged buttons: exactly one reply, never a crash', async () => {
    const page = fc.tuple(fc.constantFrom('ask', 'search', 'date', 'country', 'help'), fc.integer({ min: 0, max: 9999 }), hostileText);
    const customId = fc.oneof(
      hostileText,
      page.map(([command, n, text]) => `pg:${command}:${n}:${text}`),
      hostileText.map((text) => `cx:${text}`),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        const who = h.discord.who(h.nextUser());
        expectSafe(await dispatch(interactions.button(id, {}, who)));
      }),
      { numRuns: RUNS },
    );
    expect(h.logs.filter((l) => l.outcome === 'failed')).toEqual([]);
  });
});
