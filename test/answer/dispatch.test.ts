import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/answer/command-line.js';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

describe('command lines', () => {
  it('given a slash command, a full-width slash or a bare question, then the right request', () => {
    expect(parseCommandLine('/date 3月18日')).toEqual({ command: 'date', query: '3月18日' });
    expect(parseCommandLine('／country　意大利')).toEqual({ command: 'country', query: '意大利' });
    expect(parseCommandLine('谁和古特雷斯通了电话')).toEqual({ command: 'ask', query: '谁和古特雷斯通了电话' });
    expect(parseCommandLine('/help')).toEqual({ command: 'help', query: '' });
  });

  it('given invisible format characters before the slash (RLM, LRM, ZWSP, bidi controls, BOM), then still the command', () => {
    for (const invisible of ['\u200f', '\u200e', '\u200b', '\u202e', '\u2067', '\u2060', '\ufeff', '\u200f\u200b ']) {
      expect(parseCommandLine(`${invisible}/date 3月18日`)).toEqual({ command: 'date', query: '3月18日' });
    }
  });

  it('given a command name run into its argument, then the name and the argument apart', () => {
    expect(parseCommandLine('/date3月18日')).toEqual({ command: 'date', query: '3月18日' });
    expect(parseCommandLine('/country意大利')).toEqual({ command: 'country', query: '意大利' });
    expect(parseCommandLine('/日期3月18日')).toEqual({ command: '日期', query: '3月18日' });
    // A longer word is not a command followed by letters.
    expect(parseCommandLine('/dated')).toEqual({ command: 'dated', query: '' });
  });
});

describe('Discord timestamps in questions and searches', () => {
  // <t:1584489600:D> is what a Discord client shows as 18 March 2020 (in China); /date reads it, and
  // a question naming a day that way is about that day, not about its digits.
  it('given /ask of what happened on a timestamp, then that day’s entries, as for the day written', () => {
    const ids = (query: string) => engine.answer({ command: 'ask', query }).items.map((i) => i.id);
    expect(ids('<t:1584489600:D>发生了什么')).toEqual(ids('2020年3月18日发生了什么'));
    expect(ids('What happened on <t:1584489600:D>?')).toEqual(ids('What happened on March 18, 2020?'));
  });

  it('given a timestamp in a question padded with spaces, then still its day; given timestamps whose days would pass 200 characters, then no refusal for what the bot wrote', () => {
    const ids = (query: string) => engine.answer({ command: 'ask', query }).items.map((i) => i.id);
    expect(ids(`<t:1584489600:D>发生了什么${' '.repeat(200)}`)).toEqual(ids('2020年3月18日发生了什么'));
    expect(engine.answer({ command: 'search', query: '<t:0>'.repeat(33) }).error?.code).not.toBe('query-too-long');
  });

  it('given /search of a timestamp, then /date of its day is offered, as for the day typed', () => {
    expect(engine.answer({ command: 'search', query: '<t:1584489600:D>' }).suggestions).toContain('/date 3月18日');
  });
});

describe('dispatch', () => {
  it('given a command in full-width letters or by its Chinese name, then that command', () => {
    expect(engine.answer({ command: 'ｄａｔｅ', query: '3月18日' }).total).toBe(engine.answer({ command: 'date', query: '3月18日' }).total);
    const byAlias = engine.answer({ command: '国家', query: '意大利' });
    expect(byAlias.command).toBe('country');
    expect(byAlias.items.length).toBeGreaterThan(0);
  });

  it('given an English question or keywords typed in full-width letters, then the same answer as in plain letters', () => {
    const ids = (command: string, query: string) => engine.answer({ command, query }).items.map((i) => i.id);
    expect(ids('ask', 'Ｗｈｏ ｃａｌｌｅｄ Ｉｔａｌｙ?')).toEqual(ids('ask', 'Who called Italy?'));
    expect(ids('search', 'ＩＴＡＬＹ').length).toBeGreaterThan(0);
    expect(ids('search', 'ＩＴＡＬＹ')).toEqual(ids('search', 'ITALY'));
  });

  it('given a misspelt command, then the command meant, with the line to type', () => {
    const answer = engine.answer({ command: 'serch', query: '健康丝绸之路' });
    expect(answer.error?.code).toBe('unknown-command');
    expect(answer.error?.message).toContain('您是不是要找 /search');
    expect(answer.suggestions).toEqual(['/search 健康丝绸之路']);
    expect(engine.answer({ command: 'weather', query: '北京' }).suggestions).toEqual([]);
  });

  it.each([
    ['hlep', '/help'],
    ['dtae', '/date 3月18日'],
    ['saerch', '/search 3月18日'],
    ['contxet', '/context 3月18日'],
  ])('given two letters typed the wrong way round (%s), then the command meant', (typed, line) => {
    const query = typed === 'hlep' ? '' : '3月18日';
    expect(engine.answer({ command: typed, query }).suggestions).toEqual([line]);
  });

  it('given control and invisible characters in a query, then they are not echoed and do not split words', () => {
    const answer = engine.answer({ command: 'search', query: '意\u200B大利\u001b[31m' });
    expect(answer.query).toBe('意大利');
    expect(answer.query).not.toMatch(/\p{Cc}/u);
    expect(engine.answer({ command: 'search', query: '意\u200B大利' }).total).toBe(
      engine.answer({ command: 'search', query: '意大利' }).total,
    );
    expect(engine.answer({ command: 'ask', query: '\u202E谁和古特雷斯通了电话' }).query).toBe('谁和古特雷斯通了电话');
    // Direction marks go too; line separators are spaces.
    expect(engine.answer({ command: 'country', query: '\u200f火星\u200e' }).query).toBe('火星');
    expect(engine.answer({ command: 'country', query: '火星\u2028x' }).query).toBe('火星 x');
    // A lone control character (a carriage return inside a line) is a space.
    expect(engine.answer({ command: 'date', query: '3月\r18日' }).query).toBe('3月 18日');
  });

  it('given an unknown command, then an error listing the supported commands', () => {
    const answer = engine.answer(parseCommandLine('/weather 北京'));
    expect(answer.error?.code).toBe('unknown-command');
    expect(answer.error?.message).toMatch(/\/ask.*\/date/);
  });

  it('given a query of mentions or a link only, then it says those are not read, not to type something', () => {
    for (const query of ['@everyone', '<@&5> <#6>', 'https://example.com']) {
      const answer = engine.answer({ command: 'search', query });
      expect(answer.error?.code, query).toBe('empty-query');
      expect(answer.error?.message, query).toContain('不作为查询内容');
    }
  });

  it('given /ask help, then it is answered as asked, with /help named; 帮助 (aid, a word of the documents) is asked as any word', () => {
    const help = engine.answer({ command: 'ask', query: 'help' });
    expect(help.command).toBe('ask');
    expect(help.message).toContain('/help');
    expect(help.suggestions).toContain('/help');
    expect(engine.answer({ command: 'ask', query: '帮助' }).message ?? '').not.toContain('/help');
  });

  it('given a question about the bot itself, then /help is named; a question about using something else is not', () => {
    for (const query of ['怎么用这个机器人', '你能做什么？', '這個機器人怎麼用', 'What can you do?', 'how do I use this bot'])
      expect(engine.answer({ command: 'ask', query }).suggestions, query).toContain('/help');
    for (const query of ['怎么用口罩', '机器人能做什么手术'])
      expect(engine.answer({ command: 'ask', query }).suggestions, query).not.toContain('/help');
  });

  it('given /help and /about, then messages describing commands and the corpus', () => {
    expect(engine.answer({ command: 'help', query: '' }).message).toMatch(/\/country/);
    const about = engine.answer({ command: 'about', query: '' }).message ?? '';
    expect(about).toMatch(/2篇文档/);
    // The index's age in words, as Discord's /about says it, not a raw timestamp.
    expect(about).toMatch(/索引于 \d+ (分钟|小时|天)前建立|索引刚刚建立/);
    expect(about).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(about).toMatch(new RegExp(`${engine.stats().sentences}句`));
    // The white paper's copy lost its digits: said beside it, and only beside it.
    const lines = about.split('\n').filter((line) => line.includes('丢失了所有数字'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^《抗击新冠肺炎疫情的中国行动》/);
  });

  it('given hostile input of any kind, then an answer, never an exception', () => {
    for (const query of ['\u0000', '🙂'.repeat(300), '<@everyone>', '\uD800', '/'.repeat(50)]) {
      for (const command of ['ask', 'search', 'date', 'country', 'context']) {
        expect(() => engine.answer({ command, query })).not.toThrow();
      }
    }
  });
});
