import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { busyWait } from '../support/busy-wait.js';
import { realEngine } from '../support/engine.js';
import { trackAnswers } from '../support/fake-discord/answer-tracker.js';
import { type Harness, startHarness } from '../support/fake-discord/harness.js';
import { interactions } from '../support/fake-discord/index.js';

// Discord's 3 s deadline under load: the real engine made slow (every /ask and /search costs
// 40 ms more), a burst whose queued work passes 1.5 s. The first interactions are answered
// directly; those behind a long queue are deferred on arrival and edited when their turn comes.
// No timing is asserted: what is asserted is who was deferred and that everyone got an answer.

const SLOW_MS = 40;
const BURST = 60; // 60 × 40 ms = 2.4 s of queued work

function slowed(engine: Engine): Engine {
  return {
    ...engine,
    answer(request) {
      if (request.command === 'ask' || request.command === 'search') busyWait(SLOW_MS);
      return engine.answer(request);
    },
  };
}

let h: Harness;
let engine: Engine;

beforeAll(async () => {
  engine = await realEngine();
  h = await startHarness(slowed(engine));
}, 60_000);
afterAll(() => h?.close());

describe('given an engine slow enough that a burst queues more than 1.5 s of work', () => {
  it('when the burst arrives, then the first are answered directly, the rest deferred at once and then edited with their answer', async () => {
    const tracker = trackAnswers(h.discord);
    const questions = ['谁向中国提供了援助', '方舱医院是怎么建起来的', '中国向哪些国家派出了医疗专家组'];
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        tracker.send(interactions.chatInput('ask', { question: questions[i % questions.length]! }, h.discord.who(h.nextUser()))),
      ),
    );
    const kinds = burst.map((r) => r.ackType);
    expect(kinds[0]).toBe(4); // the engine was idle: the reply is the acknowledgement
    expect(kinds.at(-1)).toBe(5); // behind ~2.4 s of work: deferred
    expect(kinds.every((k) => k === 4 || k === 5)).toBe(true);
    for (const r of burst) {
      expect(r.answer.embeds).toHaveLength(1);
      expect(r.ackMs).toBeLessThanOrEqual(r.answerMs);
    }
    // The log line follows the answer's request; it may land just after the stand-in saw the answer.
    const deferredLogged = () => h.logs.filter((l) => l.msg === 'interaction' && l.command === 'ask' && l.deferred === true).length;
    await expect.poll(deferredLogged).toBe(kinds.filter((k) => k === 5).length);
  });

  it('when a deferred answer is for the asker alone (nothing found), then the deferral is removed and it comes as an ephemeral follow-up', async () => {
    const tracker = trackAnswers(h.discord);
    const nothing = '量子纠缠超导体';
    expect(engine.answer({ command: 'search', query: nothing }).total).toBe(0);
    const keywords = [...Array.from({ length: BURST - 1 }, () => '方舱医院'), nothing];
    const burst = await Promise.all(
      keywords.map((k) => tracker.send(interactions.chatInput('search', { keywords: k }, h.discord.who(h.nextUser())))),
    );
    const last = burst.at(-1)!;
    expect(last.ackType).toBe(5);
    expect(last.answer.flags).toBe(64); // MessageFlags.Ephemeral
    const token = /\/webhooks\/\d+\/([^/]+)/;
    const deletes = h.discord.rest.requests.filter((r) => r.method === 'DELETE' && token.test(r.path));
    expect(deletes.length).toBeGreaterThanOrEqual(1);
  });
});
