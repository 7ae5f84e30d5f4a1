// Run by index-rebuild.ts in a process of its own: brings the saved index up to date with the
// corpus folder (builds and saves it when it does not match; seconds at the real corpus, tens of
// seconds at 100×), so that the bot's event loop never waits for a build. Its log lines go to the
// bot's stderr, as the bot's own do. Exit 0: the saved index matches the folder as it was read.
import { createLogger, isLogLevel } from '../log.js';
import { createServices } from './create-engine.js';
import type { RebuildRequest } from './index-rebuild.js';

const request = JSON.parse(process.argv[2] ?? '{}') as RebuildRequest;
const logger = createLogger(request.logLevel && isLogLevel(request.logLevel) ? request.logLevel : undefined).child({
  component: 'corpus-reload',
});
try {
  const services = createServices(request, logger);
  logger.info({ passages: services.stats.passages, fromCache: services.stats.indexFromCache }, 'corpus index brought up to date');
} catch (error) {
  logger.error({ err: error }, 'corpus index could not be brought up to date');
  process.exitCode = 1;
}
