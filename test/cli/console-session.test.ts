import { describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../src/cli/console-session.js';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

describe('console session', () => {
  it.each(['quit', 'exit', 'QUIT', '退出'])('given "%s" typed bare, then the console says goodbye and quits', (line) => {
    const reply = createConsoleSession(engine).handle(line);
    expect(reply.quit).toBe(true);
    expect(reply.text).toBe('再见！');
  });

  it.each(['help', 'Help', '帮助', '?'])('given "%s" typed bare, then the help with the console commands, not an answer', (line) => {
    const reply = createConsoleSession(engine).handle(line);
    expect(reply.quit).toBe(false);
    expect(reply.text).toContain('/next');
    expect(reply.text).not.toContain('共');
  });

  it.each(['/日期 3月', '／ｄａｔｅ　3月', '//date 3月'])(
    'given /date typed as "%s", then pages of whole days, as /date pages them',
    (line) => {
      // A day cut across two pages was only ever met under another name for /date.
      const pageLine = (text: string) => text.split('\n').find((l) => l.startsWith('第1/')) ?? '';
      const typed = createConsoleSession(engine).handle(line).text;
      expect(pageLine(typed)).toBe(pageLine(createConsoleSession(engine).handle('/date 3月').text));
      expect(pageLine(typed)).not.toBe('');
    },
  );

  it('given a question in English, then the console answers around the excerpts in English; in Chinese, in Chinese', () => {
    const session = createConsoleSession(engine);
    const english = session.handle('/country the Italian Republic').text;
    expect(english).toMatch(/^\/country the Italian Republic — \d+ results\nItaly: \d+ sentences/);
    expect(english).toMatch(/Page 1\/\d+ \(type \/next or \/prev to turn pages\)$/);
    expect(session.handle('/country 意大利').text).toMatch(/^\/country 意大利 — 共\d+条结果\n意大利：共\d+句/);
    // A passage id is not English; a word alone is, and the console's own replies follow.
    expect(session.handle('/context chronicle:0000000000').text).toMatch(/^✗ 《疫情防控国际合作纪实》中没有编号/);
    expect(session.handle('/country Italy').text).toMatch(/— \d+ results/);
    expect(session.handle('/prev').text).toBe('This is the first page.');
  });

  it('given /ask help, then the word itself is asked, /help named above the results', () => {
    const reply = createConsoleSession(engine).handle('/ask help');
    expect(reply.quit).toBe(false);
    expect(reply.text).toMatch(/^\/ask help — \d+ results/);
    expect(reply.text).toContain('/help');
  });

  it('given a bare question, then it is asked', () => {
    const reply = createConsoleSession(engine).handle('谁和古特雷斯通了电话');
    expect(reply.text).toContain('古特雷斯');
    expect(reply.quit).toBe(false);
  });
});

describe('console session: commands typed without their slash', () => {
  it.each([
    ['date 3月18日', 'date'],
    ['search 健康丝绸之路', 'search'],
    ['Country 意大利', 'country'],
  ])('given "%s", then the command, not a question', (line, command) => {
    const text = createConsoleSession(engine).handle(line).text;
    expect(text.startsWith(`/${command} `)).toBe(true);
  });
});
