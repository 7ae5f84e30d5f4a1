// Used by the benchmarks: starts the engine as `npm start` would, then prints timings as JSON.
// process start → ready is measured from the process's own time origin.
// Arguments: [cacheDir] [corpusDir].
import { createEngine } from '../src/core/create-engine.js';
import { createLogger } from '../src/log.js';

const [cacheDir, corpusDir] = process.argv.slice(2);
const engine = await createEngine({
  logger: createLogger(process.env.LOG_LEVEL === 'warn' ? 'warn' : 'silent'),
  ...(cacheDir ? { cacheDir } : {}),
  ...(corpusDir ? { corpusDir } : {}),
});
const readyMs = performance.now();
const served = engine.answer({ command: 'search', query: '健康丝绸之路' }).total;
engine.answer({ command: 'date', query: '3月18日' });
process.stdout.write(
  `${JSON.stringify({ readyMs, fromCache: engine.stats().indexFromCache, passages: engine.stats().passages, served, rssMb: process.memoryUsage().rss / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
