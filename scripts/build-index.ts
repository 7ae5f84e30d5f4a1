// npm run build-index — rebuilds and saves the index now (npm start does this by itself when the
// corpus changed; use this after adding a document to check how it was read).
import { createEngine } from '../src/core/create-engine.js';
import { createLogger } from '../src/log.js';

const started = performance.now();
const engine = await createEngine({ forceRebuild: true, logger: createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info') });
const stats = engine.stats();
for (const doc of stats.documents) console.log(`${doc.id}\t${doc.kind}\t${doc.passages} passages\t${doc.entries} entries\t${doc.title}`);
console.log(
  `index rebuilt in ${Math.round(performance.now() - started)} ms: ${stats.passages} passages (LOG_LEVEL=debug lists every repair made while reading)`,
);
