// Small helpers shared by the benchmark scripts.
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export const mb = (bytes: number): number => bytes / 2 ** 20;
/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Runs `queries` round-robin per command until `total` ran; returns each command's latencies (ms). */
export function timeQueries<C extends string>(
  commands: readonly C[],
  queriesOf: (command: C) => readonly string[],
  run: (command: C, query: string) => void,
  total: number,
): Record<C, number[]> {
  const times = Object.fromEntries(commands.map((c) => [c, [] as number[]])) as Record<C, number[]>;
  for (let i = 0; i < total; i++) {
    const command = commands[i % commands.length]!;
    const list = queriesOf(command);
    const query = list[Math.floor(i / commands.length) % list.length]!;
    const started = performance.now();
    run(command, query);
    times[command].push(performance.now() - started);
  }
  return times;
}

/**
 * Latencies once the process has settled: 1,000 queries after 2,000 more. V8 keeps optimising
 * (and re-optimising after deoptimisations) the query path for the first thousand or two queries;
 * on two cores that compiling competes with the queries, and the few queries that run meanwhile
 * in unoptimised code make the p99 just after start. Both are printed: a bot serves far more
 * queries than that between restarts.
 */
export function steadyTimes<C extends string>(
  commands: readonly C[],
  queriesOf: (command: C) => readonly string[],
  run: (command: C, query: string) => void,
): Record<C, number[]> {
  timeQueries(commands, queriesOf, run, 2000);
  return timeQueries(commands, queriesOf, run, 1000);
}
