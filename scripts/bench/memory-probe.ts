// Where the engine's memory goes: loads a saved index step by step as createEngine does and
// prints, after each step and a full GC, the retained JS heap, external memory and RSS — then
// what stays once the saved JSON is dropped. Run with --expose-gc:
//   node --expose-gc --import tsx scripts/bench/memory-probe.ts <corpusDir> <cacheDir>
import { readFileSync, statSync } from 'node:fs';
import { buildLibrary } from '../../src/core/library.js';
import { primeGazetteer } from '../../src/geo/gazetteer.js';
import { dictionaryFilesIn } from '../../src/index/build-saved-index.js';
import { cacheFile, readSavedIndex, type SavedIndex } from '../../src/index/index-cache.js';
import { loadPassageIndex } from '../../src/index/passage-index.js';
import type { SavedWords } from '../../src/index/word-postings.js';
import { parseEnglishLexicon } from '../../src/query/english/index.js';
import { loadSegmenter } from '../../src/text/segmenter.js';
import { mb } from './stats.js';

const [corpusDir, cacheDir] = process.argv.slice(2);
if (!corpusDir || !cacheDir || typeof globalThis.gc !== 'function') {
  process.stderr.write('usage: node --expose-gc --import tsx memory-probe.ts <corpusDir> <cacheDir>\n');
  process.exit(2);
}
const gc = globalThis.gc as () => void;

let last = { heap: 0, external: 0, rss: 0 };
function step(label: string): void {
  gc();
  const m = process.memoryUsage();
  const now = { heap: mb(m.heapUsed), external: mb(m.external + m.arrayBuffers), rss: mb(m.rss) };
  const d = (k: keyof typeof now) =>
    `${now[k].toFixed(0).padStart(5)} (${(now[k] - last[k] >= 0 ? '+' : '') + (now[k] - last[k]).toFixed(0)})`;
  console.log(`  ${label.padEnd(44)} heap ${d('heap')}  external ${d('external')}  rss ${d('rss')} MB`);
  last = now;
}

const file = cacheFile(cacheDir);
console.log(`saved index ${file}: ${mb(statSync(file).size).toFixed(0)} MB on disk`);
step('node + modules');
const header = JSON.parse(readFileSync(file, 'utf8').split('\n', 1)[0] ?? '{}') as { fingerprint?: string };
const read = readSavedIndex(cacheDir, String(header.fingerprint));
if (!read.ok) throw new Error(read.reason);
let saved: SavedIndex | null = read.saved;
step('saved index read and parsed');
const files = dictionaryFilesIn(cacheDir);
loadSegmenter(files, saved.dictionaryHash);
step('jieba dictionary (native)');
const words = saved.index.minisearch as SavedWords;
console.log(
  `  words: ${words.terms.length} terms, postings ${mb(words.bytes.byteLength).toFixed(0)} MB; bigram postings: ${mb(saved.index.bigrams.byteLength).toFixed(0)} MB`,
);
const index = loadPassageIndex(saved.index, saved.corpus);
step('word and bigram indexes loaded (saved bytes still held)');
const library = buildLibrary(saved.corpus, index.numbers);
step('library (passages, entries, lookups)');
const lexicon = parseEnglishLexicon(saved.lexicon);
primeGazetteer(saved.gazetteer);
step('English lexicon + gazetteer');
const keep = { index, library, lexicon };
(saved as unknown as Record<string, unknown>).index = null;
step('saved postings bytes dropped');
saved = null;
step('saved JSON dropped (what the engine keeps)');
const passages = library.allPassages;
const textBytes = passages.reduce((n, p) => n + p.text.length * 2, 0);
console.log(`  ${passages.length} passages; their text alone ≈ ${mb(textBytes).toFixed(0)} MB as UTF-16`);
void keep;
