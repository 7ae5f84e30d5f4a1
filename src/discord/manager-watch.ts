// A shard stops when its ShardingManager is gone. The manager ends its shards when it is told to
// stop (shutdown.ts) and when it exits (shard-manager.ts), but a manager killed outright (SIGKILL,
// the OOM killer, a native crash) can tell nothing: a shard then kept its gateway session open,
// re-parented to PID 1, for as long as nobody noticed (discord.js's ShardClientUtil does not
// watch the channel). The manager's IPC channel closes with it: the shard then stops as if sent
// SIGTERM (its own shutdown when installed; before that, the signal's default, which ends it).
// A shard still loading its engine holds its thread for seconds (longer on a loaded machine), and
// hears no 'disconnect' until done: a thread of its own watches the manager too, and ends a shard
// that has not stopped a few seconds after it (exit-when-orphaned.ts).

import { exitWhenOrphaned } from '../core/exit-when-orphaned.js';
import { STOP_CAP_MS } from './shutdown.js';

/**
 * How often the watching thread looks for the manager, and how long a shard told to stop may take
 * before it is ended: its own shutdown's cap, and a second. (Still loading, it has no handler yet,
 * and SIGTERM ends it at once.)
 */
const WATCH_EVERY_MS = 500;
const GRACE_MS = STOP_CAP_MS + 1_000;

/** In a process spawned by the ShardingManager (an IPC channel): stop when the channel closes. */
export function stopWhenManagerIsGone(): void {
  if (!process.send) return;
  exitWhenOrphaned(process.ppid, WATCH_EVERY_MS, GRACE_MS);
  const gone = (): void => {
    process.kill(process.pid, 'SIGTERM');
  };
  // Closed before this ran (while the modules loaded): 'disconnect' was emitted to nobody.
  if (!process.connected) gone();
  else process.once('disconnect', gone);
}
