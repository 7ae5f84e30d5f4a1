import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonLine } from '../../src/cli/json-lines.js';
import { answerOver } from '../support/answer-over.js';
import { anyLoneSurrogate, hostileText } from '../support/hostile-text.js';

// Whatever a user types, each command gives exactly one answer, as valid Unicode (no lone
// surrogate, which strict JSON parsers reject), with a documented error code when it is an error.

const ERROR_CODES = [
  'empty-query',
  'query-too-long',
  'invalid-date',
  'unrecognized-date',
  'unknown-country',
  'unknown-id',
  'unknown-command',
  'empty-command',
  'internal-error',
];

/** Runs per command: the free-text ones rank the whole index, so they get fewer. */
const RUNS: Record<string, number> = {
  ask: 500,
  search: 500,
  date: 1000,
  country: 1000,
  context: 1000,
  help: 100,
  about: 100,
  weather: 300,
};

const engine = answerOver();

describe('given hostile text for each command', () => {
  it.each(Object.entries(RUNS))('/%s: one answer, well-formed, a documented error when refused', (command, numRuns) => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: -3, max: 2000 }), (query, page) => {
        const line = toJsonLine(engine.answer({ command, query, page, pageSize: 5 }));
        expect(line).not.toContain('\n');
        const json = JSON.parse(line) as { command: string; error?: { code: string }; items?: unknown[] };
        expect(anyLoneSurrogate(json)).toBe(false);
        if (json.error) {
          expect(ERROR_CODES).toContain(json.error.code);
          expect(json.error.code).not.toBe('internal-error');
        } else expect(json.items?.length ?? 0).toBeLessThanOrEqual(5);
      }),
      { numRuns },
    );
  });

  it.each(Object.keys(RUNS))(
    '/%s of thousands of characters: the query echoed cut by grapheme, and no message quoting it whole',
    (command) => {
      const segmenter = new Intl.Segmenter();
      const graphemes = (text: string) => [...segmenter.segment(text)].length;
      for (const typed of ['乾隆二十三年'.repeat(800), `chronicle:${'👨‍👩‍👧‍👦'.repeat(3000)}`, '@everyone 口罩 '.repeat(700)]) {
        const answer = engine.answer({ command, query: typed, pageSize: 5 });
        expect(graphemes(answer.query)).toBeLessThanOrEqual(201);
        expect(graphemes(answer.message ?? '') + graphemes(answer.error?.message ?? '')).toBeLessThan(2000);
      }
    },
  );

  it('suggestions as you type: at most 25, well-formed, whatever was typed', () => {
    fc.assert(
      fc.property(hostileText, (typed) => {
        for (const choices of [engine.suggestDates(typed), engine.suggestCountries(typed)]) {
          expect(choices.length).toBeLessThanOrEqual(25);
          expect(anyLoneSurrogate(choices)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("given the issue's examples, then the date error quotes the input cut on a grapheme", () => {
    for (const query of [`${'a'.repeat(39)}😀`, '👨‍👩‍👧‍👦❤️❤️🧪1️⃣1️⃣👍🏽🏳️‍🌈😀🧪㊗️👨‍👩‍👧‍👦']) {
      const answer = engine.answer({ command: 'date', query });
      expect(answer.error?.code).toBe('unrecognized-date');
      expect(anyLoneSurrogate(answer)).toBe(false);
    }
    expect(engine.answer({ command: 'date', query: `${'a'.repeat(39)}😀xyz` }).error?.message).toContain(`${'a'.repeat(39)}😀…`);
  });
});
