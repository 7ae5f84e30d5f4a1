import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { createLogger } from '../../src/log.js';

/** An engine over genre v6's four documents (e-mail thread, paper, diary, press conference), with its own index cache. */
export function genre6Engine(name: string): Promise<Engine> {
  const cacheDir = mkdtempSync(join(tmpdir(), `qa-${name}-cache-`));
  return createEngine({ corpusDir: 'eval/genre6-corpus', cacheDir, logger: createLogger('silent') });
}

/** The texts a /search lists, in order. */
export const searchedTexts = (engine: Engine, query: string, pageSize = 10): string[] =>
  engine.answer({ command: 'search', query, pageSize }).items.map((item) => item.text);
