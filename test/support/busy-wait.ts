/** Holds the thread for `ms`, as a slow engine would (a timer would let other work run meanwhile). */
export function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}
