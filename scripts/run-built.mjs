// Runs an entry point compiled to dist/, compiling first when any source changed since the last
// build (npm start, npm run ask). Checking costs a few milliseconds; compiling ~0.3 s, once.
// Usage: node scripts/run-built.mjs src/main.ts [arguments…]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ensureBuilt } from './build.mjs';
import { stopWhenNpmIsGone } from './parent-watch.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-built.mjs <entry.ts> [arguments…]\n');
  process.exit(2);
}
stopWhenNpmIsGone();
await ensureBuilt();
const compiled = join(DIST, entry.replace(/\.ts$/, '.js'));
// The entry reads its own arguments from process.argv, as if started directly.
process.argv = [process.argv[0] ?? 'node', compiled, ...args];
await import(pathToFileURL(compiled).href);
