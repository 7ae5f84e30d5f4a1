// npm run bench:discord [-- --scale N] — the Discord layer measured end to end: the real engine
// (on the N× corpus of npm run bench) and the real discord.js Client against the stand-in Discord
// on 127.0.0.1 (test/support/fake-discord), which runs in a process of its own, as Discord runs on
// its own machines: the bot's thread does the bot's work only. Prints start → ready, per-command
// latency one at a time, then a burst of 1,000 /ask sent at once: acknowledgement and answer
// p50/p99 (as the stand-in times them: sent → acknowledged → answered), how many were acknowledged
// within Discord's 3 s and answered within 15 s, how many were deferred, and the bot's CPU time.
// Options: --scale N (default 1), --burst N (default 1000), --wait S (seconds to wait for the burst,
// default 300), --stand-in here (the stand-in on the bot's own thread, as the tests run it).
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createEngine } from '../src/core/create-engine.js';
import { DEFAULT_PATHS } from '../src/core/paths.js';
import { startDiscordBot } from '../src/discord/start-bot.js';
import { type InteractionSpec, type StandIn, standInHere } from '../test/support/fake-discord/stand-in.js';
import { standInApart } from '../test/support/fake-discord/stand-in-apart.js';
import { BENCH_QUERIES } from './bench/queries.js';
import { scaledCorpus } from './bench/scale-corpus.js';
import { percentile as pct } from './bench/stats.js';

const args = process.argv.slice(2);
const argument = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const flag = (name: string, fallback: number) => Number(argument(name) ?? fallback);
const scale = flag('--scale', 1);
const burstSize = flag('--burst', 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? (scale > 1 ? 20 : 100));
/** How long the burst is waited for: answers later than this count as never (∞ in the percentiles). */
const waitMs = flag('--wait', 300) * 1000;
const standInAt = argument('--stand-in') ?? 'apart';
if (standInAt !== 'here' && standInAt !== 'apart') {
  console.error(`--stand-in ${standInAt}: here (on the bot's thread) or apart (a process of its own, the default)`);
  process.exit(2);
}
const here = standInAt === 'here';

const corpusDir = scale === 1 ? DEFAULT_PATHS.corpusDir : scaledCorpus(DEFAULT_PATHS.corpusDir, scale);
const started = performance.now();
const logger = pino({ level: 'warn' }, pino.destination(2));
const standIn: StandIn = await (here ? standInHere() : standInApart());
const engine = await createEngine({ logger, corpusDir });
const engineMs = performance.now() - started;
const bot = await startDiscordBot(standIn.config, engine, logger, { handleSignals: false });
console.log(
  here
    ? "stand-in Discord on the bot's own thread (--stand-in here)"
    : `stand-in Discord in a process of its own (pid ${standIn.pid}); every figure below is the bot's alone`,
);
console.log(
  `corpus ×${scale}: ${engine.stats().passages} passages; start → ready ${(performance.now() - started).toFixed(0)} ms (engine ${engineMs.toFixed(0)} ms${engine.stats().indexFromCache ? ', saved index' : ', index built'}, bot login ${bot.readyMs} ms); RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);

let user = 400_000_000_000_000_000n;
const who = () => (++user).toString();
const command = (name: string, options: Record<string, string>): InteractionSpec => ({ kind: 'command', name, options, userId: who() });
const cases: [string, () => InteractionSpec][] = [
  ['ask', () => command('ask', { question: BENCH_QUERIES.ask[0] })],
  ['search', () => command('search', { keywords: BENCH_QUERIES.search[0] })],
  ['date', () => command('date', { date: '3月18日' })],
  ['country', () => command('country', { name: '意大利' })],
  ['help', () => command('help', {})],
  ['autocomplete country', () => ({ kind: 'autocomplete', name: 'country', options: { name: '意' }, focused: 'name', userId: who() })],
  ['button ▶ page 2', () => ({ kind: 'button', customId: `pg:search:2:${BENCH_QUERIES.search[0]}`, userId: who() })],
];
console.log(`\nlatency, one interaction at a time (${rounds} each), dispatch → answer:`);
for (const [name, make] of cases) {
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i++) latencies.push((await standIn.send(make())).answerMs);
  console.log(
    `  ${name.padEnd(22)} p50 ${pct(latencies, 50).toFixed(1).padStart(7)} ms   p99 ${pct(latencies, 99).toFixed(1).padStart(7)} ms`,
  );
}

const specs = Array.from({ length: burstSize }, (_, i) => command('ask', { question: BENCH_QUERIES.ask[i % BENCH_QUERIES.ask.length]! }));
const burstStart = performance.now();
const botCpu = process.cpuUsage();
const { seen: burst, cpuMs: standInCpuMs } = await standIn.burst(specs, waitMs);
const burstCpu = process.cpuUsage(botCpu);
const burstMs = performance.now() - burstStart;
const acks = burst.map((r) => r.ackMs);
const answers = burst.map((r) => r.answerMs);
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '∞').padStart(6);
const unanswered = burst.filter((r) => r.answerMs === Infinity).length;
console.log(
  `\nburst of ${burstSize} /ask sent at once (${unanswered ? `${unanswered} not answered within ${waitMs / 1000} s` : `all answered after ${burstMs.toFixed(0)} ms`}):`,
);
console.log(`  acknowledged  p50 ${f(pct(acks, 50))} ms  p99 ${f(pct(acks, 99))} ms  max ${f(Math.max(...acks))} ms`);
console.log(`  answered      p50 ${f(pct(answers, 50))} ms  p99 ${f(pct(answers, 99))} ms  max ${f(Math.max(...answers))} ms`);
console.log(
  `  acknowledged within 3 s: ${acks.filter((ms) => ms <= 3000).length}/${burstSize}; answered within 15 s: ${answers.filter((ms) => ms <= 15_000).length}/${burstSize}; deferred: ${burst.filter((r) => r.ackType === 5).length}; every answer has an embed: ${burst.filter((r) => r.answerMs !== Infinity).every((r) => r.embeds > 0)}`,
);
const botCpuMs = (burstCpu.user + burstCpu.system) / 1000;
console.log(
  `  CPU during the burst: the bot ${(botCpuMs / 1000).toFixed(1)} s (${(botCpuMs / burstSize).toFixed(1)} ms an interaction)${here ? ', the stand-in included' : `, the stand-in ${(standInCpuMs / 1000).toFixed(1)} s in its own process`}`,
);
console.log(`RSS after the burst: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);

await bot.stop();
await standIn.close();
// Interactions still queued (when the wait ran out) would otherwise keep the process running.
process.exit(0);
