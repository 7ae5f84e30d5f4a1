import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { NODE_FLAGS, NODE_RUNTIME_FLAGS } from '../src/runtime-flags.js';

describe('runtime flags', () => {
  it('given the npm scripts that serve queries, then they run node with the same flags as shard processes', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    // start and ask run the compiled dist/ (no tsx); the benchmarks run TypeScript through tsx.
    for (const name of ['start', 'ask']) expect(scripts[name]).toContain(`node ${NODE_FLAGS.join(' ')} scripts/run-built.mjs `);
    for (const name of ['bench', 'bench:discord']) expect(scripts[name]).toContain(`node ${NODE_RUNTIME_FLAGS.join(' ')} `);
  });
});
