// Node flags every bot process runs with (npm scripts and shard processes alike).
// --max-semi-space-size=48: each query allocates a few hundred KB of short-lived MiniSearch
// results; with Node's default 16 MB young generation a scavenge (3–5 ms) landed in ~2% of
// queries and set the p99. At 48 MB it lands in well under 1% (measured: ask p99 4.6 → 0.8 ms).
export const NODE_RUNTIME_FLAGS = ['--max-semi-space-size=48', '--import', 'tsx'] as const;
