import { describe, expect, it } from 'vitest';
import { parseAskArgs } from '../../src/cli/ask-args.js';

describe('ask arguments', () => {
  it('given flags and a command, then they are separated', () => {
    expect(parseAskArgs(['--json', '--limit', '5', '/date', '3月18日'])).toEqual({
      ok: true,
      args: { json: true, limit: 5, command: '/date 3月18日' },
    });
    expect(parseAskArgs(['--limit=7'])).toEqual({ ok: true, args: { json: false, limit: 7, command: null } });
  });

  it('given a limit out of range, then a message', () => {
    for (const bad of [['--limit', '0'], ['--limit', '101'], ['--limit'], ['--limit', '2.5']]) expect(parseAskArgs(bad).ok).toBe(false);
  });
});
