import { describe, expect, it } from 'vitest';
import { parseAskArgs } from '../../src/cli/ask-args.js';

describe('ask arguments', () => {
  it('given flags and a command, then they are separated', () => {
    expect(parseAskArgs(['--json', '--limit', '5', '/date', '3月18日'])).toEqual({
      ok: true,
      args: { json: true, limit: 5, page: 1, command: '/date 3月18日' },
    });
    expect(parseAskArgs(['--limit=7'])).toEqual({ ok: true, args: { json: false, limit: 7, page: 1, command: null } });
  });

  it('given a limit out of range, then a message', () => {
    for (const bad of [['--limit', '0'], ['--limit', '101'], ['--limit'], ['--limit', '2.5']]) expect(parseAskArgs(bad).ok).toBe(false);
  });

  it('given a page written in hex, binary or exponent notation, then a message, not page 16, 3 or 1000', () => {
    for (const bad of ['0x10', '0b11', '1e3', '', ' ']) expect(parseAskArgs(['--page', bad]).ok).toBe(false);
    expect(parseAskArgs(['--page', '12'])).toMatchObject({ ok: true, args: { page: 12 } });
  });

  it('given an unknown flag anywhere, then a message naming it; after --, flags are text', () => {
    expect(parseAskArgs(['--limt', '5', '/date 3.18'])).toEqual({ ok: false, message: '不认识的选项“--limt”。' });
    expect(parseAskArgs(['/date', '3.18', '-x']).ok).toBe(false);
    expect(parseAskArgs(['--', '--limt'])).toMatchObject({ ok: true, args: { command: '--limt' } });
    expect(parseAskArgs(['--page=3', 'COVID-19'])).toMatchObject({ ok: true, args: { page: 3, command: 'COVID-19' } });
  });
});
