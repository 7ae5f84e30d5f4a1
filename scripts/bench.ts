// npm run bench — index build time, start → ready with and without a saved index, per-command
// query latency (p50/p99) over a fixed query list, and peak memory. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../src/core/create-engine.js';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { createLogger } from '../src/log.js';
import { NODE_RUNTIME_FLAGS } from '../src/runtime-flags.js';

const QUERIES: Record<string, string[]> = {
  ask: [
    '谁和古特雷斯通了电话',
    '中国向哪些国家派出了医疗专家组',
    '方舱医院是怎么建起来的',
    '习近平和沙特国王通电话时说了什么',
    'Which banks gave China emergency loans?',
    '離漢通道關閉以後武漢有多少人居家隔離？',
  ],
  search: ['健康丝绸之路', '一带一路', '爱国卫生运动', '无接触配送', '中医药 使用率', '依法防控境外疫情输入'],
  date: ['3月18日', '3/15', 'March 22', '三月二十日', '3月18日至20日', '3月', '3月28日', '2月30日'],
  country: ['意大利', '法国', 'France', '保加利亚', '莫桑比克', '澳大利亚', '欧盟', '韩国'],
  context: [],
};
const ROUNDS = 200;
const WARM_UP = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function probe(cacheDir: string): { wallMs: number; readyMs: number; fromCache: boolean; peakRssMb: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, [...NODE_RUNTIME_FLAGS, join(PROJECT_ROOT, 'scripts/ready-probe.ts'), cacheDir], {
    cwd: PROJECT_ROOT,
  });
  const wallMs = performance.now() - started;
  return { wallMs, ...(JSON.parse(out.toString()) as { readyMs: number; fromCache: boolean; peakRssMb: number }) };
}

const cacheDir = mkdtempSync(join(tmpdir(), 'qa-bench-'));
const cold = probe(cacheDir);
const warm = [probe(cacheDir), probe(cacheDir), probe(cacheDir)].sort((a, b) => a.readyMs - b.readyMs)[1]!;
rmSync(cacheDir, { recursive: true, force: true });

// Queries run on an engine loaded from the saved index, as `npm start` does; the in-process build
// is timed afterwards, so its garbage does not weigh on the latency figures.
const engine = await createEngine({ logger: createLogger('silent') });
QUERIES.context = engine.answer({ command: 'search', query: '通电话', pageSize: 6 }).items.map((i) => i.id);

const f = (n: number) => n.toFixed(2);
console.log(
  `start → ready, no saved index:   ${f(cold.readyMs)} ms in process (${f(cold.wallMs)} ms wall incl. node+tsx start), peak RSS ${f(cold.peakRssMb)} MB`,
);
console.log(
  `start → ready, with saved index: ${f(warm.readyMs)} ms in process (${f(warm.wallMs)} ms wall incl. node+tsx start), peak RSS ${f(warm.peakRssMb)} MB`,
);
console.log(`query latency over ${ROUNDS} rounds of each list (after ${WARM_UP} warm-up rounds):`);
for (const [command, queries] of Object.entries(QUERIES)) {
  const run = () =>
    queries.map((query) => {
      const t = performance.now();
      engine.answer({ command, query });
      return performance.now() - t;
    });
  for (let i = 0; i < WARM_UP; i++) run();
  const times = Array.from({ length: ROUNDS }, run)
    .flat()
    .sort((a, b) => a - b);
  console.log(
    `  ${command.padEnd(8)} p50 ${f(percentile(times, 50))} ms  p99 ${f(percentile(times, 99))} ms  max ${f(times[times.length - 1] ?? NaN)} ms  (${times.length} queries)`,
  );
}
console.log(`RSS after the queries: ${f(process.memoryUsage().rss / 2 ** 20)} MB`);
const buildStarted = performance.now();
await createEngine({ logger: createLogger('silent'), cacheDir: mkdtempSync(join(tmpdir(), 'qa-bench-')), forceRebuild: true });
console.log(`index build from scratch (in process): ${f(performance.now() - buildStarted)} ms`);
console.log(`peak RSS of this process (the build included): ${f(process.resourceUsage().maxRSS / 1024)} MB`);
