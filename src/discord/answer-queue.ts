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
  /** Longest the queue holds its next job back while acknowledgements are in flight. */
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
  private readonly acks = new Set<Promise<unknown>>();

  constructor(options: AnswerQueueOptions = {}) {
    this.deferAfterMs = options.deferAfterMs ?? 1500;
    this.guardMs = options.guardMs ?? 2000;
    this.initialEstimateMs = options.initialEstimateMs ?? 20;
    this.ackPriorityMs = options.ackPriorityMs ?? 250;
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
        this.acks.add(ack);
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
   * they are sent (at most `ackPriorityMs` later): an acknowledgement is due within 3 s, an
   * answer within 15 minutes, and each query run first would delay every acknowledgement by its length.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    if (this.acks.size === 0) {
      setImmediate(() => this.step());
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.ackPriorityMs);
    });
    void Promise.race([Promise.allSettled([...this.acks]), waited]).then(() => {
      clearTimeout(timer);
      setImmediate(() => this.step());
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
