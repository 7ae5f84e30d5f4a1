import { performance } from 'node:perf_hooks';
import type { Engine } from '../core/engine-api.js';

// Runs each kind of request once before the bot logs in. Whatever the core builds lazily on a
// first call (a gazetteer, a lexicon, JIT-compiled paths) is then paid at start, not by the first
// user, whose interaction would otherwise risk Discord's 3 s deadline.

const SAMPLES: [command: string, query: string][] = [
  ['ask', '谁和古特雷斯通了电话'],
  ['ask', 'Which countries sent medical experts?'],
  ['search', '方舱医院'],
  ['date', '3月18日'],
  ['country', '意大利'],
];

/** Returns how long the warm-up took, in ms. */
export function warmUp(engine: Engine): number {
  const started = performance.now();
  for (const [command, query] of SAMPLES) {
    const answer = engine.answer({ command, query, page: 1, pageSize: 5 });
    const first = answer.items[0];
    if (first) engine.answer({ command: 'context', query: first.id });
  }
  engine.suggestDates('3');
  engine.suggestCountries('意');
  return Math.round(performance.now() - started);
}
