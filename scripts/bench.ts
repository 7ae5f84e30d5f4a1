// npm run bench [-- --scale N] [--runs R] — speed and memory at N times the corpus, beside a
// reference engine. Generates the N× corpus (scripts/bench/scale-corpus.ts), then, each in a
// process of its own: the index build (time, peak RSS), start → ready with the saved index
// (median of 3, the same node command `npm start` runs), RSS after ready and after 1,000 queries
// with p50/p99 per command (just after start, and again in steady state: scripts/bench/stats.ts),
// R times (default 2), alternated with FlexSearch 0.8 (CJK encoder, context index) over the same
// passages. Every comparable figure is printed with its ratio to the reference: on shared, noisy
// machines the ratio is the figure to compare. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusCacheDir } from '../src/core/corpus-cache-dir.js';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../src/core/paths.js';
import { NODE_RUNTIME_FLAGS } from '../src/runtime-flags.js';
import { BENCH_COMMANDS, type BenchCommand, REFERENCE_COMMANDS } from './bench/queries.js';
import { probeReady } from './bench/ready-probe.js';
import { scaledCorpus } from './bench/scale-corpus.js';
import { median, percentile } from './bench/stats.js';

/** `--name N` (or `--name=N`): an integer from 1 to `max`, or `fallback` when not given. */
function integerArg(argv: string[], name: string, fallback: number, max: number): number {
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const value = argv[at]?.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} needs an integer from 1 to ${max} (got ${value})`);
  return n;
}

function probe<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, [...NODE_RUNTIME_FLAGS, join(PROJECT_ROOT, 'scripts/bench', script), ...args], {
    cwd: PROJECT_ROOT,
    maxBuffer: 64 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.toString()) as T;
}

interface Measured {
  rssReadyMb: number;
  rssAfterMb: number;
  times: Partial<Record<BenchCommand, number[]>>;
  steady: Partial<Record<BenchCommand, number[]>>;
}

const scale = integerArg(process.argv.slice(2), 'scale', 1, 1000);
// The query probes run this many times each, ours and the reference's alternated: on a shared
// machine a neighbour's burst during one probe moved a ratio by 2× between runs (/search p50 at
// 100×: 2.8× and 5.7× FlexSearch on the same code). Latencies are each engine's best run; memory
// its largest.
const runs = integerArg(process.argv.slice(2), 'runs', 2, 10);
const generated = performance.now();
const corpusDir = scale === 1 ? DEFAULT_PATHS.corpusDir : scaledCorpus(DEFAULT_PATHS.corpusDir, scale);
const generateMs = performance.now() - generated;
const cacheBase = mkdtempSync(join(tmpdir(), 'qa-bench-cache-'));
const cacheDir = corpusCacheDir(cacheBase, corpusDir);

// Compiled once beforehand, so no start → ready sample includes compiling dist/.
execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build.mjs')], { stdio: 'ignore' });
// The probes run the compiled engine too: what `npm start` runs.
const built = probe<{ buildMs: number; peakRssMb: number; passages: number }>('engine-probe.ts', [
  'build',
  corpusDir,
  cacheDir,
  '--compiled',
]);
// The start-ups read the dictionaries the build prepared (once per install, under the default
// cache): in a bare cache folder the first start prepared them again (~10 s at any scale).
const prepared = join(DEFAULT_PATHS.cacheDir, 'prepared');
if (existsSync(prepared)) symlinkSync(prepared, join(cacheBase, 'prepared'), 'dir');
const ready: Awaited<ReturnType<typeof probeReady>>[] = [];
for (let i = 0; i < 3; i++) ready.push(await probeReady(corpusDir, cacheBase));
type Reference = Measured & { buildMs: number; peakRssMb: number; passages: number };
const oursRuns: Measured[] = [];
const refRuns: Reference[] = [];
for (let r = 0; r < runs; r++) {
  oursRuns.push(probe<Measured>('engine-probe.ts', ['queries', corpusDir, cacheDir, '--compiled']));
  refRuns.push(probe<Reference>('reference-probe.ts', [corpusDir]));
}
const ref = refRuns[0]!;
rmSync(cacheBase, { recursive: true, force: true });

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const row = (label: string, value: string, reference = '—', r = '—') =>
  console.log(`  ${label.padEnd(34)} ${value.padStart(16)}   ${reference.padStart(16)}   ${r.padStart(8)}`);

console.log(
  `corpus ×${scale}: ${built.passages} passages (reference indexed ${ref.passages}) in ${corpusDir} (ready in ${f(generateMs, 0)} ms)`,
);
row('', 'this bot', 'FlexSearch 0.8', 'ratio');
row('build from scratch (ms)', f(built.buildMs, 0), f(ref.buildMs, 0), ratio(built.buildMs, ref.buildMs));
row('peak RSS during build (MB)', f(built.peakRssMb, 0), f(ref.peakRssMb, 0), ratio(built.peakRssMb, ref.peakRssMb));
const wall = median(ready.map((r) => r.wallMs));
const engineMs = median(ready.map((r) => r.engineMs));
row('start → ready, saved index (ms)', `${f(wall, 0)} wall`, '—');
row('  of which loading the engine (ms)', f(engineMs, 0), '—');
const largest = (all: Measured[], of: (m: Measured) => number) => Math.max(...all.map(of));
const [rssReady, refRssReady] = [largest(oursRuns, (m) => m.rssReadyMb), largest(refRuns, (m) => m.rssReadyMb)];
const [rssAfter, refRssAfter] = [largest(oursRuns, (m) => m.rssAfterMb), largest(refRuns, (m) => m.rssAfterMb)];
row('RSS after ready (MB)', f(rssReady, 0), f(refRssReady, 0), ratio(rssReady, refRssReady));
row('RSS after 1,000 queries (MB)', f(rssAfter, 0), f(refRssAfter, 0), ratio(rssAfter, refRssAfter));
/** A command's percentile in the best of the runs (NaN when the engine has no such command). */
const best = (all: Measured[], phase: 'times' | 'steady', command: BenchCommand, p: number) =>
  Math.min(...all.map((m) => (m[phase][command]?.length ? percentile(m[phase][command]!, p) : Number.NaN)));
console.log(`  latencies: the best of ${runs} runs of each engine, alternated`);
for (const phase of ['times', 'steady'] as const) {
  console.log(phase === 'times' ? '  the first 1,000 queries after start:' : '  steady state (1,000 queries after 3,000):');
  for (const command of BENCH_COMMANDS) {
    const counted = oursRuns[0]![phase][command]?.length ?? 0;
    const referenced = (REFERENCE_COMMANDS as readonly string[]).includes(command);
    for (const p of [50, 99]) {
      const [a, b] = [best(oursRuns, phase, command, p), referenced ? best(refRuns, phase, command, p) : Number.NaN];
      row(`/${command} p${p} (ms, ${counted} queries)`, f(a, 2), referenced ? f(b, 2) : '—', ratio(a, b));
    }
  }
}
console.log(
  `  start → ready runs (wall ms): ${ready.map((r) => f(r.wallMs, 0)).join(', ')}; every one from the saved index: ${ready.every((r) => r.fromCache)}`,
);
