import { describe, expect, it } from 'vitest';
import { toJsonAnswer } from '../../src/cli/json-lines.js';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

describe('JSON Lines: how many sentences a /search matched', () => {
  it('given more matches than the list ranks, then `matched` is written beside `total` (an added field)', () => {
    const json = toJsonAnswer(engine.answer({ command: 'search', query: '疫情' }));
    if (!('total' in json)) throw new Error('expected an answer');
    expect(json.matched).toBeGreaterThan(json.total);
  });

  it('given a list holding every match, then no `matched` field', () => {
    const json = toJsonAnswer(engine.answer({ command: 'search', query: '健康丝绸之路' }));
    expect('matched' in json).toBe(false);
  });
});
