import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A server's changelog: Markdown sections headed by their day (`## 2024年3月15日 v1.2.0`). /date
// and questions naming a day must find them as they find a chronicle's entries. Own corpus and
// process (one jieba dictionary per process).

const engine = answerOverFiles('dated', {
  'changelog.md': [
    '# 游戏更新日志',
    '本页记录正式服的每次更新。',
    '## 2024年3月15日 v1.2.0',
    '- 新增旅店装修系统，可以自由布置大堂。',
    '- 旅店等级上限从20级提高到30级。',
    '### 已知问题',
    '- 部分安卓设备在装修界面可能闪退。',
    '## 2024年3月22日 v1.2.1 热修复',
    '- 修复了安卓设备在装修界面闪退的问题。',
    '## 2024年5月3日 v1.3.0',
    '- 新增雪原区域和十二个新任务。',
  ].join('\n\n'),
  'faq.txt': '常见问题\n\n旅店每天早上八点刷新客人。\n',
  'history.txt': '旅店往事\n\n2013年，老板在康定开了第一家旅店。\n\n为了避免发生意外，旅店装了烟雾报警器。\n',
});

describe('/date over a changelog', () => {
  it('given a day a heading names, then its section whole, sub-sections included under their headings as written, cited by the heading', () => {
    const answer = engine.answer({ command: 'date', query: '2024年3月15日' });
    expect(answer.items).toHaveLength(1);
    expect(answer.items[0]?.text).toBe(
      '新增旅店装修系统，可以自由布置大堂。\n旅店等级上限从20级提高到30级。\n### 已知问题\n部分安卓设备在装修界面可能闪退。',
    );
    expect(answer.items[0]?.citation).toBe('游戏更新日志 · 2024年3月15日 v1.2.0');
    expect(answer.items[0]?.date).toBe('2024-03-15');
  });

  it('given a month, then every dated section of it, by day', () => {
    const answer = engine.answer({ command: 'date', query: '2024年3月' });
    expect(answer.items.map((i) => i.date)).toEqual(['2024-03-15', '2024-03-22']);
  });

  it('given a year, then every dated section of it, by day; another year is said to have none, its year offered', () => {
    expect(engine.answer({ command: 'date', query: '2024年' }).items.map((i) => i.date)).toEqual([
      '2024-03-15',
      '2024-03-22',
      '2024-05-03',
    ]);
    const other = engine.answer({ command: 'date', query: '2023' });
    expect(other.items).toEqual([]);
    expect(other.message).toMatch(/^2023年没有条目/u);
    expect(other.suggestions).toContain('/date 2024年');
  });

  it('given a day no heading names, then the nearest days that have sections are offered', () => {
    const answer = engine.answer({ command: 'date', query: '2024年3月20日' });
    expect(answer.items).toEqual([]);
    expect(answer.suggestions?.join(' ')).toMatch(/3月22日/u);
  });
});

describe('questions about a whole year', () => {
  it('given a year the dated sections are in, then its entries, as /date of the year lists them', () => {
    const answer = engine.answer({ command: 'ask', query: '2024年发生了什么' });
    expect(answer.items.map((i) => i.date)).toEqual(['2024-03-15', '2024-03-22', '2024-05-03']);
  });

  it.each(['2013年发生了什么', 'What happened in 2013?'])(
    'given "%s", a year only running text writes, then the sentences writing it',
    (query) => {
      const answer = engine.answer({ command: 'ask', query });
      expect(answer.items.map((i) => i.text)).toEqual(['2013年，老板在康定开了第一家旅店。']);
    },
  );
});

describe('questions over a changelog', () => {
  it('given a question about a whole day, then that day’s section', () => {
    const answer = engine.answer({ command: 'ask', query: '2024年3月22日发生了什么' });
    expect(answer.items.map((i) => i.text).join('')).toContain('修复了安卓设备在装修界面闪退的问题。');
    expect(answer.items.every((i) => i.date === '2024-03-22')).toBe(true);
  });

  it('given a question about a whole day, then its section is introduced by its heading, then its first sentence (one sub-heading is no outline)', () => {
    const answer = engine.answer({ command: 'ask', query: '2024年3月15日发生了什么' });
    expect(answer.items.map((i) => i.text)).toEqual(['2024年3月15日 v1.2.0\n新增旅店装修系统，可以自由布置大堂。']);
    expect(answer.items[0]?.citation).toBe('游戏更新日志 · 2024年3月15日 v1.2.0');
    expect(answer.message).toContain('以下是每条的标题');
  });

  it('given a sentence found by /search, then it carries its day, and its event is its heading, not its section’s first sentence', () => {
    const item = engine.answer({ command: 'search', query: '闪退' }).items.find((i) => i.text.startsWith('部分安卓'));
    expect(item?.date).toBe('2024-03-15');
    expect(item?.event).toBe('2024年3月15日 v1.2.0 › 已知问题');
  });
});
