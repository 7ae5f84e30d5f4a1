import { describe, expect, it } from 'vitest';
import { describeStartupFailure } from '../src/startup-failure.js';

// What an operator reads when the bot cannot start: the file and the reason in words, the code
// kept for a search, not Node's English sentence.

const failure = (code: string, path?: string) => Object.assign(new Error(`${code}: raw message`), { code, path });

describe('describeStartupFailure', () => {
  it.each([
    ['ENOENT', '/srv/bot/dict/domain-words.txt', '找不到 /srv/bot/dict/domain-words.txt（ENOENT）'],
    ['EACCES', '/srv/bot/.cache', '没有权限读写 /srv/bot/.cache（EACCES）'],
    ['ENOTDIR', '/srv/file/cache', '路径中有一段不是文件夹：/srv/file/cache（ENOTDIR）'],
  ])('given %s on a path, then the path and the reason in Chinese', (code, path, said) => {
    expect(describeStartupFailure(failure(code, path))).toBe(said);
  });

  it('given an error without a path or of another kind, then its own message', () => {
    expect(describeStartupFailure(failure('ENOENT'))).toBe('ENOENT: raw message');
    expect(describeStartupFailure(new Error('语料目录不存在'))).toBe('语料目录不存在');
    expect(describeStartupFailure('plain')).toBe('plain');
  });
});

describe('describeStartupFailure when Discord cannot be reached', () => {
  it.each([
    [
      Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND', hostname: 'discord.com' }),
      /找不到主机 discord\.com（没有网络，或 DNS 不通）/,
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 9 }),
      /127\.0\.0\.1:9.*连接被拒绝/,
    ],
    [Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }), /连接 Discord 超时/],
    [Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), /拒绝了 DISCORD_TOKEN/],
  ])('given %s, then what to check, in Chinese', (error, said) => {
    expect(describeStartupFailure(error)).toMatch(said);
  });
});
