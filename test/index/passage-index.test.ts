import { beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('passage index: term statistics (real corpus)', () => {
  it('given a query word named like an inherited object property, then it is an unknown word, not a function', () => {
    for (const word of ['constructor', '__proto__', 'hasownproperty', 'valueof']) {
      expect(services.index.frequency(word)).toBe(0);
      expect(Number.isFinite(services.index.idf(word))).toBe(true);
    }
  });
});
