// A child process of `npm run bench`, so each figure has a process of its own:
//   build   <corpus> <cache>: builds the index from scratch; time and peak RSS.
//   queries <corpus> <cache>: loads the saved index; RSS after ready, 1,000 queries
//           (ask/search/date/country in turn) just after start, per-command latencies, RSS
//           after them; then the same in steady state (see steadyTimes in stats.ts).
//   --compiled (either mode): the engine compiled to dist/, as `npm start` runs it.
// Prints one JSON object on stdout.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { createLogger } from '../../src/log.js';
import { BENCH_COMMANDS, BENCH_QUERIES } from './queries.js';
import { mb, peakRssMb, steadyTimes, timeQueries } from './stats.js';

const [mode, corpusDir, cacheDir, ...flags] = process.argv.slice(2);
if (!corpusDir || !cacheDir || (mode !== 'build' && mode !== 'queries')) {
  process.stderr.write('usage: engine-probe.ts build|queries <corpusDir> <cacheDir> [--compiled]\n');
  process.exit(2);
}
// --compiled: the engine as `npm start` runs it, compiled to dist/ (which the bench has just
// built), not transpiled by tsx, whose emitted code names every function it creates (a call per
// closure made, in every query).
const engineModule = flags.includes('--compiled')
  ? pathToFileURL(join(PROJECT_ROOT, 'dist/src/core/create-engine.js')).href
  : '../../src/core/create-engine.js';
const { createEngine } = (await import(engineModule)) as typeof import('../../src/core/create-engine.js');
const logger = createLogger('silent');

if (mode === 'build') {
  const started = performance.now();
  const engine = await createEngine({ logger, corpusDir, cacheDir, forceRebuild: true });
  const buildMs = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ buildMs, peakRssMb: peakRssMb(), passages: engine.stats().passages })}\n`);
} else {
  const engine = await createEngine({ logger, corpusDir, cacheDir });
  if (!engine.stats().indexFromCache) throw new Error('expected a saved index');
  const rssReadyMb = mb(process.memoryUsage().rss);
  const run = (command: string, query: string) => void engine.answer({ command, query });
  timeQueries(BENCH_COMMANDS, (c) => BENCH_QUERIES[c], run, 80); // warm-up: each query once, twice
  const times = timeQueries(BENCH_COMMANDS, (c) => BENCH_QUERIES[c], run, 1000);
  const rssAfterMb = mb(process.memoryUsage().rss);
  const steady = steadyTimes(BENCH_COMMANDS, (c) => BENCH_QUERIES[c], run);
  process.stdout.write(`${JSON.stringify({ rssReadyMb, rssAfterMb, times, steady })}\n`);
}
