import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { InteractionSpec, SeenByDiscord, StandIn } from './stand-in.js';

// The stand-in Discord in a child process (stand-in-process.ts): its HTTP server answering the
// bot's REST calls, its gateway sending the interactions and the tracker timing them run on that
// process's thread, as Discord's run on Discord's machines, so that a benchmark of the bot charges
// the bot's thread with the bot's work only. Requests go over IPC; times come back measured there.

export type ToStandIn =
  | { op: 'send'; seq: number; spec: InteractionSpec; timeoutMs: number }
  | { op: 'burst'; seq: number; specs: readonly InteractionSpec[]; timeoutMs: number }
  | { op: 'close' };

export type FromStandIn =
  | { op: 'ready'; config: StandIn['config'] }
  | { op: 'sent'; seq: number; seen: SeenByDiscord }
  | { op: 'burst'; seq: number; seen: SeenByDiscord[]; cpuMs: number }
  | { op: 'failed'; seq: number; message: string };

const ENTRY = fileURLToPath(new URL('./stand-in-process.ts', import.meta.url));

export async function standInApart(): Promise<StandIn> {
  // TypeScript through tsx, as the benchmarks run; none of the parent's heap flags. Messages as
  // structured clones: JSON would turn an answer never seen (Infinity) into null, counted as at once.
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const waiting = new Map<number, { resolve: (m: FromStandIn) => void; reject: (e: Error) => void }>();
  let seq = 0;
  let ended: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = `the stand-in Discord's process ended (${signal ?? `status ${code}`})`;
      resolve();
    }),
  );
  const config = await new Promise<StandIn['config']>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the stand-in Discord's process ended (status ${code}) before it was ready`)));
    child.on('message', (message: FromStandIn) => {
      if (message.op === 'ready') resolve(message.config);
      else waiting.get(message.seq)?.resolve(message);
    });
  });
  void exited.then(() => {
    for (const w of waiting.values()) w.reject(new Error(ended ?? ''));
  });
  const ask = (request: ToStandIn & { seq: number }): Promise<FromStandIn> =>
    new Promise((resolve, reject) => {
      // Asked after it ended (it crashed, or was killed, between two requests): no answer will come.
      if (ended !== null) {
        reject(new Error(ended));
        return;
      }
      waiting.set(request.seq, {
        resolve: (m) => {
          waiting.delete(request.seq);
          if (m.op === 'failed') reject(new Error(m.message));
          else resolve(m);
        },
        reject,
      });
      // A channel closing meanwhile fails this request, not the benchmark with an unhandled 'error'.
      child.send(request, (error) => {
        if (error === null) return;
        waiting.delete(request.seq);
        reject(error);
      });
    });
  return {
    config,
    pid: child.pid ?? 0,
    async send(spec, timeoutMs = 60_000) {
      const m = await ask({ op: 'send', seq: ++seq, spec, timeoutMs });
      if (m.op !== 'sent') throw new Error(`unexpected reply from the stand-in: ${m.op}`);
      return m.seen;
    },
    async burst(specs, timeoutMs) {
      const m = await ask({ op: 'burst', seq: ++seq, specs, timeoutMs });
      if (m.op !== 'burst') throw new Error(`unexpected reply from the stand-in: ${m.op}`);
      return { seen: m.seen, cpuMs: m.cpuMs };
    },
    async close() {
      if (child.connected) child.send({ op: 'close' } satisfies ToStandIn);
      await exited;
    },
  };
}
