// npm run build-index [-- --corpus DIR] — rebuilds and saves the index now (npm start does this
// by itself when the corpus changed; use this after adding a document to check how it was read).
// The folder is the bot's: --corpus, else CORPUS_DIR (from the environment or .env), else corpus/.

import { readableLogDestination } from '../src/cli/readable-log.js';
import { createEngine } from '../src/core/create-engine.js';
import { readCorpusOption } from '../src/corpus-option.js';
import { loadDotenv } from '../src/load-env.js';
import { createLogger, isLogLevel } from '../src/log.js';
import { bookTitle } from '../src/text/book-title.js';

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
// As npm run ask does: the corpus's warnings as readable Chinese lines, unless LOG_LEVEL asks for JSON.
const level = process.env.LOG_LEVEL?.trim().toLowerCase() ?? '';
const readable = isLogLevel(level) ? null : readableLogDestination();
const engine = await createEngine({
  corpusDir: corpus.corpusDir,
  forceRebuild: true,
  logger: readable ? createLogger('info', readable) : createLogger(isLogLevel(level) ? level : 'info'),
});
readable?.end();
const stats = engine.stats();
const kinds: Record<string, string> = { chronicle: '纪实', whitepaper: '白皮书', plain: '文档' };
console.log(`语料目录：${corpus.corpusDir}`);
console.log('已载入（id、类型、句数、条目数、文件、标题）：');
for (const doc of stats.documents)
  console.log(
    [doc.id, kinds[doc.kind] ?? doc.kind, `${doc.passages}句`, `${doc.entries}条`, doc.file ?? '', bookTitle(doc.title)].join('\t'),
  );
for (const why of stats.skipped) console.log(`未载入：${why}`);
// Each repair the build made (a folder of thousands of broken lines is counted past the first ones).
const REPAIRS_LISTED = 50;
const repairs = stats.repairs ?? [];
if (repairs.length) console.log(`读取时的修复（${repairs.length}处）：`);
for (const repair of repairs.slice(0, REPAIRS_LISTED)) console.log(`  ${repair}`);
if (repairs.length > REPAIRS_LISTED) console.log(`  ……另有${repairs.length - REPAIRS_LISTED}处（LOG_LEVEL=debug 在日志中列出每一处）`);
console.log(`索引已重建，用时 ${Math.round(performance.now() - started)} ms：共 ${stats.passages} 句`);
