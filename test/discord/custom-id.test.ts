import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, privateRuns } from '../../src/discord/custom-id.js';

describe('custom ids', () => {
  it('given a page action with a query holding separators, then it round-trips', () => {
    const action = { kind: 'page', command: 'search', page: 3, query: '中:意 | 合作' } as const;
    const id = encodeCustomId(action);
    expect(id).not.toBeNull();
    expect(decodeCustomId(id ?? '')).toEqual(action);
  });

  it('given a context action, then it round-trips with the colon inside the passage id', () => {
    expect(decodeCustomId(encodeCustomId({ kind: 'context', id: 'chronicle:ab12' }) ?? '')).toEqual({
      kind: 'context',
      id: 'chronicle:ab12',
    });
  });

  it('given a page action whose query is read from the message, then it round-trips as pm:<command>:<page>', () => {
    const action = { kind: 'page', command: 'ask', page: 2, query: null } as const;
    expect(encodeCustomId(action)).toBe('pm:ask:2');
    expect(decodeCustomId('pm:ask:2')).toEqual(action);
    expect(decodeCustomId('pm:help:2')).toBeNull();
    expect(decodeCustomId('pm:ask:2:x')).toBeNull();
  });

  it('given a command run at a page (a stale page’s last page), then it round-trips, privately too, and privateRuns makes it private', () => {
    const run = { kind: 'run', command: 'search', query: '口罩: 捐赠', page: 12 } as const;
    const id = encodeCustomId(run) ?? '';
    expect(id).toBe('gn:search:12:口罩: 捐赠');
    expect(decodeCustomId(id)).toEqual(run);
    expect(decodeCustomId(privateRuns(id))).toEqual({ ...run, privately: true });
    // At page 1 it is the plain run it always was.
    expect(encodeCustomId({ kind: 'run', command: 'date', query: '3月18日', page: 1 })).toBe('go:date:3月18日');
    expect(decodeCustomId('gn:search:0:x')).toBeNull();
  });

  it('given a query that would pass 100 characters, then no custom id is made', () => {
    expect(encodeCustomId({ kind: 'page', command: 'ask', page: 2, query: '问'.repeat(95) })).toBeNull();
  });

  it.each(['', 'pg:ask:0:x', 'pg:help:2:x', 'pg:ask:two:x', 'pg:ask:2:', 'cx:', 'zz:1', `pg:ask:2:${'x'.repeat(95)}`])(
    'given the forged id %j, then it is rejected',
    (forged) => expect(decodeCustomId(forged)).toBeNull(),
  );
});
