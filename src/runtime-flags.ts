// Node flags every bot process runs with (npm scripts and shard processes alike).
// --max-semi-space-size=64: each query allocates a few hundred KB of short-lived MiniSearch
// results; with Node's default 16 MB young generation a 3–5 ms scavenge landed in ~2% of /ask
// queries and set the p99 (4.5–6 ms). At 64 MB scavenges are rarer than 1 query in 100
// (measured with npm run bench: /ask p99 2.9–3.4 ms; resident memory ~320 MB after load).
export const NODE_RUNTIME_FLAGS = ['--max-semi-space-size=64', '--import', 'tsx'] as const;
