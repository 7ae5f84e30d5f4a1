// Where the build's memory goes: generates a big corpus (as bench:big does) and builds its index
// step by step as buildSavedIndex does, printing after each step the peak RSS so far, then (after
// a full GC) the retained JS heap, external memory and RSS. Run with --expose-gc:
//   node --expose-gc --max-semi-space-size=2 --import tsx scripts/bench/build-memory-probe.ts [--mb 15] [--random]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { buildSavedIndex } from '../../src/index/build-saved-index.js';
import { cacheFile, writeSavedIndex } from '../../src/index/index-cache.js';
import { generateBigCorpus } from '../big-corpus.js';
import { mb, peakRssMb } from './stats.js';

if (typeof globalThis.gc !== 'function') {
  process.stderr.write('usage: node --expose-gc --import tsx build-memory-probe.ts [--mb N] [--random]\n');
  process.exit(2);
}
const gc = globalThis.gc as () => void;
const at = process.argv.indexOf('--mb');
const megabytes = at >= 0 ? Number(process.argv[at + 1]) : 15;

let started = performance.now();
let last = { heap: 0, external: 0, rss: 0 };
/** Prints the step's time and the peak so far (before GC), then what stays after a full GC. */
function step(label: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const peak = peakRssMb();
  gc();
  const m = process.memoryUsage();
  const now = { heap: mb(m.heapUsed), external: mb(m.external), rss: mb(m.rss) };
  const d = (k: keyof typeof now) =>
    `${now[k].toFixed(0).padStart(5)} (${(now[k] - last[k] >= 0 ? '+' : '') + (now[k] - last[k]).toFixed(0)})`;
  console.log(
    `  ${label.padEnd(24)} ${seconds.padStart(6)} s  peak ${peak.toFixed(0).padStart(5)}  heap ${d('heap')}  external ${d('external')}  rss ${d('rss')} MB`,
  );
  last = now;
  started = performance.now();
}

/** Size of each line of the saved file, by its tag. */
function fileLines(path: string): string {
  const sizes = new Map<string, number>();
  const file = readFileSync(path);
  for (let start = 0; start < file.length; ) {
    const end = file.indexOf(10, start);
    const stop = end < 0 ? file.length : end;
    const head = file.toString('utf8', start, Math.min(stop, start + 40));
    const tag = head.startsWith('["') ? head.slice(2, head.indexOf('"', 2)) : head.slice(0, 12);
    sizes.set(tag, (sizes.get(tag) ?? 0) + stop - start);
    start = stop + 1;
  }
  return [...sizes].map(([tag, n]) => `${tag} ${mb(n).toFixed(1)}`).join(', ');
}

const work = mkdtempSync(join(tmpdir(), 'qa-build-probe-'));
try {
  const generated = generateBigCorpus(join(work, 'corpus'), megabytes, process.argv.includes('--random'));
  console.log(`corpus: ${generated.files} documents, ${mb(generated.bytes).toFixed(1)} MB (${generated.kind})`);
  step('node + modules + corpus');
  const built = buildSavedIndex({
    corpusDir: join(work, 'corpus'),
    domainWordsPath: DEFAULT_PATHS.domainWords,
    dictionaryDir: join(work, 'cache', 'dictionary'),
    fingerprint: 'probe',
    onStep: step,
  });
  step('saved index object');
  writeSavedIndex(join(work, 'cache'), built.saved);
  step('saved index written');
  const passages = built.saved.corpus.documents.reduce((n, d) => n + d.passages.length, 0);
  console.log(`  ${passages} passages; saved index lines (MB): ${fileLines(cacheFile(join(work, 'cache')))}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
