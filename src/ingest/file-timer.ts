import { Worker } from 'node:worker_threads';

// Each file's time in the conversion process (convert-child.ts), kept from inside it: a parser that
// loops holds the process's only thread, so a small thread of its own (plain JavaScript, ~5 ms to
// start) watches the clock. A file over its time is said on stdout (converted-documents.ts reads it
// as that file's reason) and the process is killed; the files after it go to a new one. Without it
// the parent's one time limit for the whole list (60 s × files) let one file hang the build that long.

const WATCH = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const started = new Float64Array(workerData.shared);
setInterval(() => {
  if (started[0] > 0 && Date.now() - started[0] > workerData.limitMs) {
    writeSync(1, JSON.stringify({ timedOut: workerData.limitMs / 1000 }) + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, workerData.everyMs);
`;

/** The line the watching thread writes when a file ran over its time. */
export interface TimedOut {
  timedOut: number;
}

/** A clock for one file at a time: started as a file's reading starts, stopped when it ends. */
export function fileTimer(limitSeconds: number, everyMs = 50): { start(): void; stop(): void } {
  const shared = new SharedArrayBuffer(8);
  const started = new Float64Array(shared);
  const watch = new Worker(WATCH, { eval: true, workerData: { shared, limitMs: limitSeconds * 1000, everyMs }, execArgv: [] });
  watch.unref(); // the work ending ends the process
  return {
    start: () => {
      started[0] = Date.now();
    },
    stop: () => {
      started[0] = 0;
    },
  };
}
