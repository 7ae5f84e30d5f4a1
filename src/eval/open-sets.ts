import { join } from 'node:path';
import { PROJECT_ROOT } from '../core/paths.js';

// The evaluation sets open for tuning (eval/README.md), in the order they were written. Blind
// sets join this list once a change has been scored on them unread (eval/unopened/README.md).
const OPEN_SETS = [
  'dev.json',
  'heldout.json',
  'holdout-v1.json',
  ...Array.from({ length: 25 }, (_, i) => `blind-v${i + 3}.json`),
  'blind-v30.json',
];

export const openSetPaths = (): string[] => OPEN_SETS.map((f) => join(PROJECT_ROOT, 'eval', f));
