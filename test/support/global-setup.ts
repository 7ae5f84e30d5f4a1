import { createEngine } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';

// One index build before any test file runs; the files then load the saved index (the same
// path `npm start` takes on a second start).
export default async function setup(): Promise<void> {
  await createEngine({ logger: createLogger('warn') });
}
