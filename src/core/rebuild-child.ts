// Run by index-rebuild.ts in a process of its own: brings the saved index up to date with the
// corpus folder (builds and saves it when it does not match; seconds at the real corpus, tens of
// seconds at 100×), so that the bot's event loop never waits for a build. Its log lines go to the
// bot's stderr, as the bot's own do. Exit 0 only when the saved index matches the folder as it
// was read: the bot, or every shard, then loads it.
import { createLogger, isLogLevel } from '../log.js';
import { loadInputsOf, requireCorpusDir } from './create-engine.js';
import { exitWhenOrphaned } from './exit-when-orphaned.js';
import type { RebuildChildArgument } from './index-rebuild.js';
import { loadOrBuild } from './load-or-build.js';

const { parentPid, ...request } = JSON.parse(process.argv[2] ?? '{}') as RebuildChildArgument;
// Before the build: the bot may already be gone (killed while this process started).
if (parentPid) exitWhenOrphaned(parentPid);
const logger = createLogger(request.logLevel && isLogLevel(request.logLevel) ? request.logLevel : undefined).child({
  component: 'corpus-reload',
});
try {
  requireCorpusDir(request.corpusDir);
  const inputs = loadInputsOf(request);
  const loaded = loadOrBuild({ ...inputs, reloading: request.reloading === true }, logger);
  if (!loaded.persisted) {
    // Said above, with the reason (a read-only or full cache folder); here, what it means.
    logger.error({ cacheDir: inputs.cacheDir }, 'the index could not be saved, so the running bot cannot load it');
    process.exitCode = 1;
  } else logger.info({ passages: loaded.index.numbers.passages.length, fromCache: loaded.fromCache }, 'corpus index saved');
} catch (error) {
  logger.error({ err: error }, 'corpus index could not be built');
  process.exitCode = 1;
}
