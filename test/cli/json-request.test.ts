import { describe, expect, it } from 'vitest';
import { looksLikeJsonRequest, parseJsonRequest } from '../../src/cli/json-request.js';

const defaults = { page: 1, pageSize: 10 };

describe('JSON request lines', () => {
  it('given a request object, then its command, query, page and limit', () => {
    expect(parseJsonRequest('{"command":"date","query":"3月18日","page":2,"limit":5}', defaults)).toEqual({
      ok: true,
      request: { command: 'date', query: '3月18日', page: 2, pageSize: 5 },
    });
    expect(parseJsonRequest('{"command":"help"}', defaults)).toEqual({
      ok: true,
      request: { command: 'help', query: '', page: 1, pageSize: 10 },
    });
  });

  it('given a request with a bad field, then the error names its command and query, as an answer to it would', () => {
    const parsed = parseJsonRequest('{"command":"country","query":"法国\\u200b","limit":0}', defaults);
    expect(parsed).toMatchObject({ ok: false, command: 'country', query: '法国' });
  });

  it.each([
    ['{"command":"\\ud800 date","page":0}', '\uFFFD date'],
    ['{"command":"x\\u2028y\\u0085z\\u202eq","page":0}', 'x y zq'],
    ['{"command":"\\u001b]0;pwned\\u0007ask","query":"口罩","limit":0}', 'ask'],
  ])(
    'given a bad request whose command holds %s, then the error echoes it as the engine would: well-formed, no controls or separators',
    (line, shown) => {
      const parsed = parseJsonRequest(line, defaults);
      expect(parsed).toMatchObject({ ok: false, command: shown });
    },
  );

  it.each([
    ['{bad json}', '不是有效的 JSON'],
    ['{"query":"x"}', '缺少 "command"'],
    ['{"command":"ask","query":5}', '"query" 必须是字符串'],
    ['{"command":"ask","query":"x","page":0}', '"page"'],
    ['{"command":"ask","query":"x","limit":101}', '"limit"'],
  ])('given %s, then a message saying what is wrong', (line, message) => {
    const parsed = parseJsonRequest(line, defaults);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh'],
    ['fr', 'zh'],
    [5, 'zh'],
  ])('given "locale": %j, then the messages in %s (never a refused line)', (locale, expected) => {
    const parsed = parseJsonRequest(JSON.stringify({ command: 'date', query: 'tomorrow', locale }), defaults);
    expect(parsed).toEqual({ ok: true, request: { command: 'date', query: 'tomorrow', page: 1, pageSize: 10, locale: expected } });
  });

  it('given a question or a command, then it is not taken for JSON', () => {
    expect(looksLikeJsonRequest(' {"command":"date"}')).toBe(true);
    expect(looksLikeJsonRequest('/date 3月18日')).toBe(false);
    expect(looksLikeJsonRequest('谁和古特雷斯通了电话')).toBe(false);
    // A request serialised as an array is one too (it gets the error saying what a request looks like); a question in brackets is not.
    expect(looksLikeJsonRequest('["date","3月18日"]')).toBe(true);
    expect(parseJsonRequest('["date","3月18日"]', defaults)).toMatchObject({ ok: false, message: expect.stringContaining('JSON 对象') });
    expect(looksLikeJsonRequest('[口罩] 捐赠')).toBe(false);
  });
});

describe('parseJsonRequest errors in the language asked for', () => {
  it('given "locale":"en" with a bad field, then the error in English (and the locale to answer in)', () => {
    const parsed = parseJsonRequest('{"command":"search","query":"口罩","limit":0,"locale":"en"}', { page: 1, pageSize: 10 });
    expect(parsed).toMatchObject({ ok: false, message: '"limit" must be a whole number from 1 to 100', locale: 'en' });
    expect(parseJsonRequest('{"command":"search","query":"口罩","limit":0}', { page: 1, pageSize: 10 })).toMatchObject({
      ok: false,
      message: '"limit" 必须是 1 到 100 之间的整数',
    });
  });
});
