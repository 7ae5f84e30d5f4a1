// A shard stops when its ShardingManager is gone. The manager ends its shards when it is told to
// stop (shutdown.ts) and when it exits (shard-manager.ts), but a manager killed outright (SIGKILL,
// the OOM killer, a native crash) can tell nothing: a shard then kept its gateway session open,
// re-parented to PID 1, for as long as nobody noticed (discord.js's ShardClientUtil does not
// watch the channel). The manager's IPC channel closes with it: the shard then stops as if sent
// SIGTERM (its own shutdown when installed; before that, the signal's default, which ends it).

/** In a process spawned by the ShardingManager (an IPC channel): stop when the channel closes. */
export function stopWhenManagerIsGone(): void {
  if (!process.send) return;
  const gone = (): void => {
    process.kill(process.pid, 'SIGTERM');
  };
  // Closed before this ran (while the modules loaded): 'disconnect' was emitted to nobody.
  if (!process.connected) gone();
  else process.once('disconnect', gone);
}
