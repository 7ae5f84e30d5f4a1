// Node flags every bot process runs with (npm scripts and shard processes alike).
// --max-semi-space-size=2: a small young generation. It was 64 when each query allocated a few
// hundred KB of MiniSearch results and 16 MB scavenges of 3–5 ms set /ask's p99. The index now
// lives in typed arrays outside the heap, queries make little garbage, and the large young
// generation only held memory: engine probe (scripts/bench/engine-probe.ts), same machine and hour,
// RSS after 1,000 queries and steady /ask p50/p99:
// - 1×: 64 → 151–186 MB (5 of 7 runs above 170), 1.36–2.07 / 2.45–3.47 ms; 8 → 133–158 MB;
//   4 → 124–154 MB (1 of 7 runs above 150), 1.57–1.81 / 2.73–3.75 ms (/search p99 0.3–0.6 → 0.7–1.1 ms);
// - 100×: 64 → 381–394 MB, 5.5–5.7 / 9.1–9.9 ms; 8 → 259–269 MB, 4.6–5.2 / 7.5–9.2 ms;
//   4 → 273–301 MB, 4.7–5.4 / 7.0–9.2 ms.
// The price is /search's p99, where more frequent (small) scavenges land: at 100× 1.07–1.14 ms
// with 64, 1.19–1.91 with 4 (FlexSearch's ~1.5). Memory on a small server matters more.
// 4 → 2 (session 34, once /ask allocated 78% less): three alternated pairs of runs each, RSS after
// 1,000 queries 1× 148/149/152 → 142/142/138 MB (the 150 MB target had been met in some runs
// only), 100× 280–285 → 270–274 MB; p50 and p99 of every command equal within the runs' spread
// (1× steady /ask p99 4.4–6.8 → 3.5–4.0 ms, /search p99 0.74–0.98 → 0.75–0.87 ms).
// Its price is a burst's throughput: 1,000 /ask at once through the stand-in Discord at 100×
// (bench:discord, alternated) were all answered by 12.7–12.8 s with 4, 13.6–13.8 s with 2, within
// the 15 s target either way; the RSS after it is the same (417–421 MB).
// --no-allocation-site-pretenuring: V8 allocates objects straight in the old generation once most
// objects from one allocation site outlive a scavenge. /ask's ~150 candidates (a features object
// each) live for the whole question, so they were pretenured: ~70 KB a question went to the old
// generation as garbage, which grew to ~110 MB between full collections (scripts/bench: RSS after
// 1,000 queries 144–156 MB). Without it they die young: ~1 KB a question is promoted; RSS after
// 1,000 queries 134 MB (two runs), steady /ask p50 2.55–2.70 → 1.50–1.75 ms (fewer full
// collections). --optimize-for-size also held RSS (121–123 MB) but doubled /ask's p99 (8–11 ms).
export const NODE_FLAGS = ['--max-semi-space-size=2', '--no-allocation-site-pretenuring'] as const;

/** The flags plus tsx, for running TypeScript sources directly (scripts, tests, shards of a tsx process). */
export const NODE_RUNTIME_FLAGS = [...NODE_FLAGS, '--import', 'tsx'] as const;

/** True when this code runs compiled from dist/ (npm start), false under tsx. */
export const compiled = import.meta.url.endsWith('.js');

/** The flags a child running `file` needs: compiled JavaScript needs no tsx. */
export function runtimeFlagsFor(file: string): readonly string[] {
  return file.endsWith('.js') ? NODE_FLAGS : NODE_RUNTIME_FLAGS;
}
