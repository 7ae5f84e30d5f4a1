// Used by the benchmark: starts the engine as `npm start` would, then prints timings as JSON.
// process start → ready is measured from the process's own time origin.
import { createEngine } from '../src/core/create-engine.js';
import { createLogger } from '../src/log.js';

const cacheDir = process.argv[2];
const engine = await createEngine({ logger: createLogger('silent'), ...(cacheDir ? { cacheDir } : {}) });
const readyMs = performance.now();
engine.answer({ command: 'date', query: '3月18日' });
process.stdout.write(
  `${JSON.stringify({ readyMs, fromCache: engine.stats().indexFromCache, rssMb: process.memoryUsage().rss / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
