import { describe, expect, it } from 'vitest';
import { AnswerQueue } from '../../src/discord/answer-queue.js';
import { busyWait } from '../support/busy-wait.js';

/** An onLate with no acknowledgement to wait for. */
const never = () => undefined;

describe('AnswerQueue', () => {
  it('given an idle queue, then the job runs at once, in the same tick, and nobody is told it is late', () => {
    const queue = new AnswerQueue();
    let ran = false;
    let late = false;
    void queue.submit(
      'ask',
      () => {
        ran = true;
      },
      () => {
        late = true;
        return undefined;
      },
    );
    expect(ran).toBe(true);
    expect(late).toBe(false);
  });

  it('given jobs submitted in one tick, then they run in order, one per event-loop turn', async () => {
    const queue = new AnswerQueue();
    const order: number[] = [];
    const done = [1, 2, 3].map((n) =>
      queue.submit(
        'ask',
        () => order.push(n),
        () => undefined,
      ),
    );
    expect(order).toEqual([1]);
    expect(queue.length).toBe(2);
    await Promise.all(done);
    expect(order).toEqual([1, 2, 3]);
  });

  it('given the estimated work queued ahead passes the threshold, then the newcomer is told at once', async () => {
    // Queued 'ask' jobs have not run yet, so each is estimated at initialEstimateMs (20 ms).
    const queue = new AnswerQueue({ deferAfterMs: 50, initialEstimateMs: 20 });
    const late: number[] = [];
    void queue.submit(
      'other',
      () => undefined,
      () => undefined,
    ); // runs at once: the queue is now busy this turn
    const jobs = Array.from({ length: 5 }, (_, n) =>
      queue.submit(
        'ask',
        () => undefined,
        () => {
          late.push(n);
          return undefined;
        },
      ),
    );
    // Job 0 expects 20 ms (its own), job 1 40 ms, job 2 60 ms: late, and so are those behind it.
    expect(late).toEqual([2, 3, 4]);
    await Promise.all(jobs);
  });

  it('given an estimate that was too low, then a job still waiting after guardMs is told it is late before it runs', async () => {
    const queue = new AnswerQueue({ deferAfterMs: 10_000, guardMs: 10, initialEstimateMs: 0 });
    const events: string[] = [];
    void queue.submit('other', () => events.push('first ran'), never);
    const slow = queue.submit('slow', () => busyWait(40), never);
    const waiting = queue.submit(
      'waiting',
      () => events.push('waiting ran'),
      () => {
        events.push('waiting late');
        return undefined;
      },
    );
    await Promise.all([slow, waiting]);
    expect(events).toEqual(['first ran', 'waiting late', 'waiting ran']);
  });

  it('given acknowledgements in flight, then the next job waits for them to be sent', async () => {
    const queue = new AnswerQueue({ deferAfterMs: 0, ackPriorityMs: 5_000 });
    const events: string[] = [];
    let send: () => void = () => undefined;
    const ack = new Promise<void>((resolve) => {
      send = resolve;
    });
    void queue.submit('ask', () => events.push('first'), never);
    const second = queue.submit(
      'ask',
      () => events.push('second'),
      () => ack.then(() => void events.push('acknowledged')),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['first']);
    send();
    await second;
    expect(events).toEqual(['first', 'acknowledged', 'second']);
  });

  it('given an acknowledgement that is never sent, then it holds jobs back only ackPriorityMs', async () => {
    const queue = new AnswerQueue({ deferAfterMs: 0, ackPriorityMs: 30 });
    const events: string[] = [];
    void queue.submit('ask', () => events.push('first'), never);
    const second = queue.submit(
      'ask',
      () => events.push('second'),
      () => new Promise(() => undefined),
    );
    await second;
    expect(events).toEqual(['first', 'second']);
  });
});
