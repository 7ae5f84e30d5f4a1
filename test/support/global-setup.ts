import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';

// One index build before any test file runs; the files then load the saved index (the same
// path `npm start` takes on a second start).
//
// Tests make temporary corpora, caches and command folders, and a failing one cannot clean up
// after itself: every run points TMPDIR (which os.tmpdir() reads, and the test processes and
// the CLIs they spawn inherit) at a folder of its own and removes it at the end, so no run
// leaves anything in the system's temporary folder.
export default async function setup(): Promise<() => void> {
  const runTemp = mkdtempSync(join(tmpdir(), 'corpus-qa-test-run-'));
  process.env.TMPDIR = runTemp;
  await createEngine({ logger: createLogger('warn') });
  return () => rmSync(runTemp, { recursive: true, force: true });
}
