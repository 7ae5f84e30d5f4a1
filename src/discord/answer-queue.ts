// Engine work for interactions, one job at a time, with the event loop let through between jobs.
//
// Why this shape (and not worker_threads): a query is synchronous CPU work on the gateway thread.
// While the engine is idle an interaction is answered at once, in the same tick, as before. When
// a burst arrives, jobs queue and run one per event-loop turn (setImmediate), so between two
// queries Node reads the gateway, sends acknowledgements and answers; no interaction waits behind
// more than one running query to be acknowledged. When the work queued ahead of an interaction is
// expected to take longer than `deferAfterMs` (from measured per-command times), it is deferred
// (acknowledged, "thinking…") the moment it arrives and edited when its turn comes; a backstop
// defers any interaction still waiting `guardMs` after it arrived, should the estimate be wrong.
// Worker threads would give the queries a second core, but each worker loads its own copy of the
// index (about 1 GB at 100×), and on the 2 shared cores we run on the gain would be at most 2×.

export interface AnswerQueueOptions {
  /** Defer when the expected wait (queued work + this job) passes this; Discord allows 3 s. */
  deferAfterMs?: number;
  /** Defer any interaction still queued this long after it arrived. */
  guardMs?: number;
  /** Assumed cost of a kind of job before one has been measured. */
  initialEstimateMs?: number;
  /** How long an acknowledgement in flight holds jobs back (one still unsent after this is given up on). */
  ackPriorityMs?: number;
}

/** Called when a job will wait too long; what it returns (an acknowledgement in flight) is waited for first. */
export type OnLate = () => Promise<unknown> | undefined;

interface Pending {
  kind: string;
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  guard: NodeJS.Timeout | null;
}

/** Weight of the newest measurement in each kind's running estimate. */
const SMOOTHING = 0.2;

export class AnswerQueue {
  private readonly pending: Pending[] = [];
  private readonly estimates = new Map<string, number>();
  private scheduled = false;
  /** A job ran in this event-loop turn: the next one waits for the loop to turn (gateway frames may come in a batch). */
  private ranThisTurn = false;
  private readonly deferAfterMs: number;
  private readonly guardMs: number;
  private readonly initialEstimateMs: number;
  private readonly ackPriorityMs: number;
  /** Acknowledgements in flight, with when each was started. */
  private readonly acks = new Map<Promise<unknown>, number>();

  constructor(options: AnswerQueueOptions = {}) {
    this.deferAfterMs = options.deferAfterMs ?? 1500;
    this.guardMs = options.guardMs ?? 2000;
    this.initialEstimateMs = options.initialEstimateMs ?? 20;
    this.ackPriorityMs = options.ackPriorityMs ?? 2500;
  }

  /** Jobs waiting (not counting one running now). */
  get length(): number {
    return this.pending.length;
  }

  /** Expected milliseconds of one job of this kind (measured running average). */
  estimate(kind: string): number {
    return this.estimates.get(kind) ?? this.initialEstimateMs;
  }

  /** Expected milliseconds before a job submitted now would start. */
  expectedWaitMs(): number {
    return this.pending.reduce((sum, job) => sum + this.estimate(job.kind), 0);
  }

  /**
   * Runs `work` after every job submitted before it. Idle: now, synchronously. Otherwise
   * `onLate` is called (once) as soon as the job is expected to, or does, wait too long.
   */
  submit<T>(kind: string, work: () => T, onLate: OnLate): Promise<Awaited<T>> {
    if (this.pending.length === 0 && !this.scheduled && !this.ranThisTurn) {
      this.ranThisTurn = true;
      setImmediate(() => {
        this.ranThisTurn = false;
      });
      try {
        return Promise.resolve(this.measure(kind, work));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    let late = false;
    const lateOnce = () => {
      if (late) return;
      late = true;
      const ack = onLate();
      if (ack) {
        this.acks.set(ack, performance.now());
        const settled = () => this.acks.delete(ack);
        ack.then(settled, settled);
      }
    };
    if (this.expectedWaitMs() + this.estimate(kind) > this.deferAfterMs) lateOnce();
    return new Promise<Awaited<T>>((resolve, reject) => {
      const guard = late ? null : setTimeout(lateOnce, this.guardMs);
      this.pending.push({ kind, work, resolve: resolve as (value: unknown) => void, reject, guard });
      this.schedule();
    });
  }

  private measure<T>(kind: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      const ms = performance.now() - started;
      const previous = this.estimates.get(kind);
      this.estimates.set(kind, previous === undefined ? ms : previous + SMOOTHING * (ms - previous));
    }
  }

  /**
   * The next job runs on the next event-loop turn, or, while acknowledgements are in flight, once
   * they are sent: an acknowledgement is due within 3 s, an answer within 15 minutes, and a query
   * run first would hold every acknowledgement back by its length (hundreds of ms on a large
   * corpus). One that is not sent within `ackPriorityMs` no longer holds anything back.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const now = performance.now();
    const blocking = [...this.acks].filter(([, startedAt]) => now - startedAt < this.ackPriorityMs);
    if (blocking.length === 0) {
      setImmediate(() => this.step());
      return;
    }
    const oldest = Math.min(...blocking.map(([, startedAt]) => startedAt));
    let timer: NodeJS.Timeout | undefined;
    const givenUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, oldest + this.ackPriorityMs - now);
    });
    void Promise.race([Promise.allSettled(blocking.map(([ack]) => ack)), givenUp]).then(() => {
      clearTimeout(timer);
      // Acknowledgements started meanwhile (new arrivals) go first too.
      this.scheduled = false;
      this.schedule();
    });
  }

  /** One job per event-loop turn: I/O (gateway frames, REST replies, timers) runs in between. */
  private step(): void {
    this.scheduled = false;
    const job = this.pending.shift();
    if (!job) return;
    if (job.guard) clearTimeout(job.guard);
    try {
      job.resolve(this.measure(job.kind, job.work));
    } catch (error) {
      job.reject(error);
    }
    if (this.pending.length > 0) this.schedule();
  }
}
