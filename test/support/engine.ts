import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { createLogger } from '../../src/log.js';

let shared: Promise<Engine> | null = null;

/** The real engine on the real corpus, loaded once per test file from the saved index. */
export function realEngine(): Promise<Engine> {
  shared ??= createEngine({ logger: createLogger('silent') });
  return shared;
}
