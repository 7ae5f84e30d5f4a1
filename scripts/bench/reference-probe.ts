// A child process of `npm run bench`: the reference engine, FlexSearch 0.8 with its CJK encoder
// and a context index, over the same passages as ours (read by our ingester from the same
// folder). Build = reading the corpus + indexing every passage; then 1,000 queries (/ask
// questions and /search keywords in turn, top 10, as ours pages by 10). Prints one JSON object.
import { Charset, Index } from 'flexsearch';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { BENCH_QUERIES, REFERENCE_COMMANDS } from './queries.js';
import { mb, peakRssMb, steadyTimes, timeQueries } from './stats.js';

const corpusDir = process.argv[2];
if (!corpusDir) {
  process.stderr.write('usage: reference-probe.ts <corpusDir>\n');
  process.exit(2);
}

const started = performance.now();
const passages = loadCorpus(corpusDir).documents.flatMap((d) => d.passages);
const index = new Index({ encoder: Charset.CJK, resolution: 9, context: { depth: 1, bidirectional: true, resolution: 9 } });
passages.forEach((p, i) => {
  index.add(i, p.text);
});
const buildMs = performance.now() - started;
const peakBuildMb = peakRssMb();
const rssReadyMb = mb(process.memoryUsage().rss);

let hits = 0;
const run = (_command: string, query: string) => {
  // suggest: passages matching some of the terms too (without it, a question matches only passages holding every character).
  const ids = index.search(query, { limit: 10, suggest: true }) as number[];
  hits += ids.map((id) => passages[id]?.text.length ?? 0).length;
};
timeQueries(REFERENCE_COMMANDS, (c) => BENCH_QUERIES[c], run, 40);
const times = timeQueries(REFERENCE_COMMANDS, (c) => BENCH_QUERIES[c], run, 1000);
const rssAfterMb = mb(process.memoryUsage().rss);
const steady = steadyTimes(REFERENCE_COMMANDS, (c) => BENCH_QUERIES[c], run);
process.stdout.write(
  `${JSON.stringify({ buildMs, peakRssMb: peakBuildMb, rssReadyMb, rssAfterMb, times, steady, passages: passages.length, hits })}\n`,
);
