// Loads .env files in a process of its own and prints what the TZ tests of load-env.test.ts check:
// the process's zone, once read, is not set back by other test files sharing a worker.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotenv } from '../../src/load-env.js';

const dir = mkdtempSync(join(tmpdir(), 'qa-tz-'));
const load = (content: string): string[] => {
  const path = join(dir, 'tz.env');
  writeFileSync(path, content);
  const said: string[] = [];
  loadDotenv(path, (line) => said.push(line));
  return said;
};
const [zone, ...rest] = process.argv.slice(2);
delete process.env.TZ;
const said = load(`TZ=${zone ?? ''}\n`);
const after = rest.length ? (load(`TZ=${rest[0]}\n`), process.env.TZ) : process.env.TZ;
process.stdout.write(
  JSON.stringify({ said, tz: process.env.TZ ?? null, after: after ?? null, dayOf20UtcDec3: new Date(Date.UTC(2026, 11, 3, 20)).getDate() }),
);
