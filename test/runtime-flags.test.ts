import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { NODE_RUNTIME_FLAGS } from '../src/runtime-flags.js';

describe('runtime flags', () => {
  it('given the npm scripts that serve queries, then they run node with the same flags as shard processes', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['start', 'ask', 'bench', 'bench:discord']) expect(scripts[name]).toContain(`node ${NODE_RUNTIME_FLAGS.join(' ')} `);
  });
});
