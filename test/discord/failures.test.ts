import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { AnswerQueue } from '../../src/discord/answer-queue.js';
import { busyWait } from '../support/busy-wait.js';
import { realEngine } from '../support/engine.js';
import { trackAnswers } from '../support/fake-discord/answer-tracker.js';
import { type Harness, startHarness } from '../support/fake-discord/harness.js';
import { interactions } from '../support/fake-discord/index.js';

// When the engine itself fails (a bug, not the user's input): every interaction still ends with
// a message, never with Discord's "thinking…" left forever or "Loading options failed".

const FAILING = 'BOOM';
const SLOW_MS = 40;

/** The real engine, slow on /ask, throwing on a question or country containing FAILING. */
function failing(engine: Engine): Engine {
  return {
    ...engine,
    answer(request) {
      if (request.query.includes(FAILING)) throw new Error('engine failure for the test');
      if (request.command === 'ask') busyWait(SLOW_MS);
      return engine.answer(request);
    },
    suggestCountries(typed) {
      if (typed.includes(FAILING)) throw new Error('autocomplete failure for the test');
      return engine.suggestCountries(typed);
    },
  };
}

let h: Harness;

beforeAll(async () => {
  // Deferred once the work queued ahead passes 100 ms: a few slow questions are enough.
  h = await startHarness(failing(await realEngine()), { queue: new AnswerQueue({ deferAfterMs: 100 }) });
}, 60_000);
afterAll(() => h?.close());

describe('given an engine that fails on some requests', () => {
  it('when a deferred /ask fails, then the "thinking…" reply is removed and the asker is told, privately', async () => {
    const tracker = trackAnswers(h.discord);
    const ask = (question: string) => interactions.chatInput('ask', { question }, h.discord.who(h.nextUser()));
    const failingAsk = ask(`${FAILING} 谁和古特雷斯通了电话`);
    const burst = await Promise.all([...Array.from({ length: 6 }, () => tracker.send(ask('方舱医院'))), tracker.send(failingAsk)]);
    const failed = burst.at(-1)!;
    expect(failed.ackType).toBe(5);
    expect(String(failed.answer.content)).toContain('抱歉');
    expect(failed.answer.flags).toBe(64); // ephemeral
    const token = String(failingAsk.token);
    const removed = h.discord.rest.requests.filter((r) => r.method === 'DELETE' && r.path.includes(token));
    expect(removed).toHaveLength(1);
  });

  it('when autocomplete fails, then an empty list of choices, not no response', async () => {
    const r = await h.discord.dispatchInteraction(
      interactions.autocomplete('country', { name: `${FAILING}意` }, 'name', h.discord.who(h.nextUser())),
    );
    expect(r.type).toBe(8);
    expect(r.data.choices).toEqual([]);
    expect(h.logs.some((l) => l.msg === 'autocomplete failed')).toBe(true);
  });
});
