// npm run bench:discord [-- --scale N] — the Discord layer measured end to end: the real engine
// (on the N× corpus of npm run bench) and the real discord.js Client against the stand-in Discord
// on 127.0.0.1 (test/support/fake-discord). Prints start → ready, per-command latency one at a
// time, then a burst of 1,000 /ask sent at once: acknowledgement and answer p50/p99, how many were
// acknowledged within Discord's 3 s and answered within 15 s, how many were deferred.
// Options: --scale N (default 1), --burst N (default 1000), --wait S (seconds to wait for the burst, default 300).
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createEngine } from '../src/core/create-engine.js';
import { DEFAULT_PATHS } from '../src/core/paths.js';
import { startDiscordBot } from '../src/discord/start-bot.js';
import { trackAnswers } from '../test/support/fake-discord/answer-tracker.js';
import { interactions, startFakeDiscord } from '../test/support/fake-discord/index.js';
import { BENCH_QUERIES } from './bench/queries.js';
import { scaledCorpus } from './bench/scale-corpus.js';
import { percentile as pct } from './bench/stats.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const scale = flag('--scale', 1);
const burstSize = flag('--burst', 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? (scale > 1 ? 20 : 100));
/** How long the burst is waited for: answers later than this count as never (∞ in the percentiles). */
const waitMs = flag('--wait', 300) * 1000;

const corpusDir = scale === 1 ? DEFAULT_PATHS.corpusDir : scaledCorpus(DEFAULT_PATHS.corpusDir, scale);
const started = performance.now();
const logger = pino({ level: 'warn' }, pino.destination(2));
const discord = await startFakeDiscord();
const engine = await createEngine({ logger, corpusDir });
const engineMs = performance.now() - started;
const bot = await startDiscordBot(discord.config, engine, logger, { handleSignals: false });
const tracker = trackAnswers(discord);
console.log(
  `corpus ×${scale}: ${engine.stats().passages} passages; start → ready ${(performance.now() - started).toFixed(0)} ms (engine ${engineMs.toFixed(0)} ms${engine.stats().indexFromCache ? ', saved index' : ', index built'}, bot login ${bot.readyMs} ms); RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
);

let user = 400_000_000_000_000_000n;
const who = () => discord.who((++user).toString());
const cases: [string, () => Record<string, unknown>][] = [
  ['ask', () => interactions.chatInput('ask', { question: BENCH_QUERIES.ask[0] }, who())],
  ['search', () => interactions.chatInput('search', { keywords: BENCH_QUERIES.search[0] }, who())],
  ['date', () => interactions.chatInput('date', { date: '3月18日' }, who())],
  ['country', () => interactions.chatInput('country', { name: '意大利' }, who())],
  ['help', () => interactions.chatInput('help', {}, who())],
  ['autocomplete country', () => interactions.autocomplete('country', { name: '意' }, 'name', who())],
  ['button ▶ page 2', () => interactions.button(`pg:search:2:${BENCH_QUERIES.search[0]}`, {}, who())],
];
console.log(`\nlatency, one interaction at a time (${rounds} each), dispatch → answer:`);
for (const [name, make] of cases) {
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i++) latencies.push((await tracker.send(make())).answerMs);
  console.log(
    `  ${name.padEnd(22)} p50 ${pct(latencies, 50).toFixed(1).padStart(7)} ms   p99 ${pct(latencies, 99).toFixed(1).padStart(7)} ms`,
  );
}

const burstStart = performance.now();
const burst = await Promise.all(
  Array.from({ length: burstSize }, (_, i) =>
    tracker.send(interactions.chatInput('ask', { question: BENCH_QUERIES.ask[i % BENCH_QUERIES.ask.length]! }, who()), waitMs, true),
  ),
);
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
  `  acknowledged within 3 s: ${acks.filter((ms) => ms <= 3000).length}/${burstSize}; answered within 15 s: ${answers.filter((ms) => ms <= 15_000).length}/${burstSize}; deferred: ${burst.filter((r) => r.ackType === 5).length}; every answer has an embed: ${burst.filter((r) => r.answerMs !== Infinity).every((r) => Array.isArray(r.answer.embeds) && r.answer.embeds.length > 0)}`,
);
console.log(`RSS after the burst: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);

await bot.stop();
await discord.close();
// Interactions still queued (when the wait ran out) would otherwise keep the process running.
process.exit(0);
