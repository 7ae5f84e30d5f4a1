// Node flags every bot process runs with (npm scripts and shard processes alike).
// --max-semi-space-size=64: each query allocates a few hundred KB of short-lived MiniSearch
// results; with Node's default 16 MB young generation a 3–5 ms scavenge landed in ~2% of /ask
// queries and set the p99 (4.5–6 ms). At 64 MB scavenges are rarer than 1 query in 100
// (measured with npm run bench: /ask p99 2.9–3.4 ms; resident memory ~320 MB after load).
export const NODE_FLAGS = ['--max-semi-space-size=64'] as const;

/** The flags plus tsx, for running TypeScript sources directly (scripts, tests, shards of a tsx process). */
export const NODE_RUNTIME_FLAGS = [...NODE_FLAGS, '--import', 'tsx'] as const;

/** True when this code runs compiled from dist/ (npm start), false under tsx. */
export const compiled = import.meta.url.endsWith('.js');

/** The flags a child running `file` needs: compiled JavaScript needs no tsx. */
export function runtimeFlagsFor(file: string): readonly string[] {
  return file.endsWith('.js') ? NODE_FLAGS : NODE_RUNTIME_FLAGS;
}
