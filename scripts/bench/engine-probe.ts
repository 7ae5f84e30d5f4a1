// A child process of `npm run bench`, so each figure has a process of its own:
//   build   <corpus> <cache>: builds the index from scratch; time and peak RSS.
//   queries <corpus> <cache>: loads the saved index; RSS after ready, 1,000 queries
//           (ask/search/date/country in turn) just after start, per-command latencies, RSS
//           after them; then the same in steady state (see steadyTimes in stats.ts).
// Prints one JSON object on stdout.
import { createEngine } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';
import { BENCH_COMMANDS, BENCH_QUERIES } from './queries.js';
import { mb, peakRssMb, steadyTimes, timeQueries } from './stats.js';

const [mode, corpusDir, cacheDir] = process.argv.slice(2);
if (!corpusDir || !cacheDir || (mode !== 'build' && mode !== 'queries')) {
  process.stderr.write('usage: engine-probe.ts build|queries <corpusDir> <cacheDir>\n');
  process.exit(2);
}
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
