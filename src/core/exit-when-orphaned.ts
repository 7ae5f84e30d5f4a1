import { Worker } from 'node:worker_threads';

// For a child whose work holds its thread for seconds at a time (rebuild-child.ts: a build, 17 s
// at 100× the corpus): when the process that started it is gone without ending it (SIGKILL, a
// crash: no exit hook of its ran), the child must not build on for nobody, competing with the
// next start's own build for memory and the cache folder. Nothing on the busy thread can notice,
// so a small thread of its own (plain JavaScript, no tsx: ~5 ms to start) watches the parent.

const WATCH = `
const { workerData } = require('node:worker_threads');
const watching = setInterval(() => {
  // Re-parented (to PID 1 or a subreaper): the parent is gone. A busy thread cannot run a
  // handler: SIGTERM lets an idle one shut down cleanly, SIGKILL after the grace ends a busy one.
  if (process.ppid === workerData.parent) return;
  clearInterval(watching);
  if (workerData.graceMs > 0) {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), workerData.graceMs);
  } else process.kill(process.pid, 'SIGKILL');
}, workerData.everyMs);
`;

/**
 * Ends this process when its parent is no longer `parentPid` (the pid it was started by, as the
 * parent said it): at once (SIGKILL), or with `graceMs`, SIGTERM first and SIGKILL if it still runs then.
 */
export function exitWhenOrphaned(parentPid: number, everyMs = 500, graceMs = 0): void {
  const watch = new Worker(WATCH, { eval: true, workerData: { parent: parentPid, everyMs, graceMs }, execArgv: [] });
  watch.unref(); // the work ending ends the process, watched or not
}
