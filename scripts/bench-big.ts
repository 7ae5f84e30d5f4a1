// npm run bench:big [-- --mb 50] [-- --random]
// Start-up on a big corpus: generates one (deterministic, in a temporary folder), then builds the
// index in a fresh process and restarts from the saved index, printing time and peak RSS of each.
// Default: the starting documents copied until the corpus reaches --mb megabytes, the clauses of
// every sentence rotated in each copy. --random: one document of random Han characters instead
// (every substring distinct: the worst case for anything that grows with the corpus's vocabulary).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { NODE_RUNTIME_FLAGS } from '../src/runtime-flags.js';
import { generateBigCorpus } from './big-corpus.js';

interface Probe {
  readyMs: number;
  fromCache: boolean;
  passages: number;
  served: number;
  peakRssMb: number;
}

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function probe(cacheDir: string, corpusDir: string): Probe & { wallMs: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, [...NODE_RUNTIME_FLAGS, join(PROJECT_ROOT, 'scripts/ready-probe.ts'), cacheDir, corpusDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { wallMs: performance.now() - started, ...(JSON.parse(out.toString()) as Probe) };
}

const megabytes = Number(flag('--mb') ?? 50);
const work = mkdtempSync(join(tmpdir(), 'qa-big-'));
const corpusDir = join(work, 'corpus');
const cacheDir = join(work, 'cache');
try {
  const generated = generateBigCorpus(corpusDir, megabytes, process.argv.includes('--random'));
  console.log(`corpus: ${generated.files} documents, ${(generated.bytes / 2 ** 20).toFixed(1)} MB (${generated.kind}) in ${corpusDir}`);
  const f = (p: Probe & { wallMs: number }) =>
    `${(p.readyMs / 1000).toFixed(1)} s in process (${(p.wallMs / 1000).toFixed(1)} s wall), peak RSS ${p.peakRssMb.toFixed(0)} MB, ${p.passages} passages, /search 健康丝绸之路 → ${p.served} hits`;
  const build = probe(cacheDir, corpusDir);
  console.log(`build from scratch:       ${f(build)}${build.fromCache ? ' (unexpectedly from cache)' : ''}`);
  const restart = probe(cacheDir, corpusDir);
  console.log(`restart from saved index: ${f(restart)}${restart.fromCache ? '' : ' (rebuilt: the index was not saved)'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
