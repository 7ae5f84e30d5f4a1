// npm run bench:discord — the Discord layer measured end to end: the real engine and the real
// discord.js Client against the stand-in Discord on 127.0.0.1 (test/support/fake-discord).
// Prints start→ready, per-command latency (dispatch → interaction callback) one at a time,
// a burst of 100, and RSS after ready.
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createEngine } from '../src/core/create-engine.js';
import { startDiscordBot } from '../src/discord/start-bot.js';
import { interactions, startFakeDiscord } from '../test/support/fake-discord/index.js';
import { percentile as pct } from '../test/support/fake-discord/percentile.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const started = performance.now();
const logger = pino({ level: 'warn' }, pino.destination(2));
const discord = await startFakeDiscord();
const engine = await createEngine({ logger });
const engineMs = performance.now() - started;
const bot = await startDiscordBot(discord.config, engine, logger, { handleSignals: false });
const readyMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 2 ** 20;

let user = 400_000_000_000_000_000n;
const who = () => discord.who((++user).toString());

const contextId = engine.answer({ command: 'search', query: '方舱医院', page: 1, pageSize: 1 }).items[0]?.id ?? '';
const cases: [string, () => Record<string, unknown>][] = [
  ['ask', () => interactions.chatInput('ask', { question: '谁和古特雷斯通了电话' }, who())],
  ['search', () => interactions.chatInput('search', { keywords: '方舱医院' }, who())],
  ['date', () => interactions.chatInput('date', { date: '3月18日' }, who())],
  ['country', () => interactions.chatInput('country', { name: '意大利' }, who())],
  ['context', () => interactions.chatInput('context', { id: contextId }, who())],
  ['help', () => interactions.chatInput('help', {}, who())],
  ['about', () => interactions.chatInput('about', {}, who())],
  ['autocomplete date', () => interactions.autocomplete('date', { date: '3月1' }, 'date', who())],
  ['autocomplete country', () => interactions.autocomplete('country', { name: '意' }, 'name', who())],
  ['button ▶ page 2', () => interactions.button('pg:search:2:方舱医院', {}, who())],
];

console.log(`start → ready: ${readyMs.toFixed(0)} ms (engine ${engineMs.toFixed(0)} ms, bot login ${bot.readyMs} ms)`);
console.log(`RSS after ready: ${rssMb.toFixed(0)} MB`);
console.log(`\nlatency, one interaction at a time (${ROUNDS} each), dispatch → callback:`);
for (const [name, make] of cases) {
  const latencies: number[] = [];
  for (let i = 0; i < ROUNDS; i++) latencies.push((await discord.dispatchInteraction(make())).latencyMs);
  console.log(
    `  ${name.padEnd(22)} p50 ${pct(latencies, 50).toFixed(1).padStart(6)} ms   p99 ${pct(latencies, 99).toFixed(1).padStart(6)} ms`,
  );
}

const burstStart = performance.now();
const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => discord.dispatchInteraction((cases[i % 4]?.[1] ?? cases[0]![1])())));
const burstMs = performance.now() - burstStart;
const burstLatencies = burst.map((r) => r.latencyMs);
console.log(
  `\nburst of 100 (ask/search/date/country mixed): all answered in ${burstMs.toFixed(0)} ms; p50 ${pct(burstLatencies, 50).toFixed(0)} ms, p99 ${pct(burstLatencies, 99).toFixed(0)} ms`,
);

await bot.stop();
await discord.close();
