// npm run build-index [-- --corpus DIR] — rebuilds and saves the index now (npm start does this
// by itself when the corpus changed; use this after adding a document to check how it was read).
// The folder is the bot's: --corpus, else CORPUS_DIR (from the environment or .env), else corpus/.
import { createEngine } from '../src/core/create-engine.js';
import { readCorpusOption } from '../src/corpus-option.js';
import { loadDotenv } from '../src/load-env.js';
import { createLogger } from '../src/log.js';

loadDotenv();
const corpus = readCorpusOption(process.env, process.argv.slice(2));
if (!corpus.ok) {
  process.stderr.write(`配置有误：\n  ${corpus.error.variable}: ${corpus.error.message}\n`);
  process.exit(2);
}
if (corpus.rest.length) {
  process.stderr.write(`不认识的参数：${corpus.rest.join(' ')}\n用法：npm run build-index [-- --corpus 目录]\n`);
  process.exit(2);
}
const started = performance.now();
const engine = await createEngine({
  corpusDir: corpus.corpusDir,
  forceRebuild: true,
  logger: createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info'),
});
const stats = engine.stats();
console.log(`corpus: ${corpus.corpusDir}`);
for (const doc of stats.documents) console.log(`${doc.id}\t${doc.kind}\t${doc.passages} passages\t${doc.entries} entries\t${doc.title}`);
for (const why of stats.skipped) console.log(`not loaded: ${why}`);
console.log(
  `index rebuilt in ${Math.round(performance.now() - started)} ms: ${stats.passages} passages (LOG_LEVEL=debug lists every repair made while reading)`,
);
