import { describe, expect, it } from 'vitest';
import { jsonLineIn, parseJsonRequest } from '../../src/cli/json-request.js';

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
    expect(jsonLineIn('/date 3月18日')).toBeNull();
    expect(jsonLineIn('谁和古特雷斯通了电话')).toBeNull();
    expect(jsonLineIn('[口罩] 捐赠')).toBeNull();
    // A quoted question a person may type keeps its quotes: it is no serialised command.
    expect(jsonLineIn('"健康丝绸之路"')).toBeNull();
  });

  it('given an object after invisible characters, then the request is its JSON, cleaned of escape sequences and raw controls', () => {
    expect(jsonLineIn('\u200b {"command":"date"}')).toEqual({ kind: 'request', json: '{"command":"date"}' });
    expect(jsonLineIn('\u001b[0m{"command":"search","query":"\u001b[1m口罩\u001b[0m\r"}')).toEqual({
      kind: 'request',
      json: '{"command":"search","query":"口罩 "}',
    });
  });

  it('given a request serialised as an array, then it is a request, which gets the error saying what one looks like', () => {
    expect(jsonLineIn('["date","3月18日"]')).toEqual({ kind: 'request', json: '["date","3月18日"]' });
    expect(parseJsonRequest('["date","3月18日"]', defaults)).toMatchObject({ ok: false, message: expect.stringContaining('JSON 对象') });
  });

  it('given a command line a tool JSON-encoded, then it is that command', () => {
    expect(jsonLineIn(JSON.stringify('/date 3月18日'))).toEqual({ kind: 'command', line: '/date 3月18日' });
    expect(jsonLineIn(' "/search \\"口罩\\" -捐赠"')).toEqual({ kind: 'command', line: '/search "口罩" -捐赠' });
    // An escape sequence before the slash, inside the string, is no part of the command.
    expect(jsonLineIn('"\\u001b[1m/date 3月18日"')).toEqual({ kind: 'command', line: '/date 3月18日' });
  });
});
