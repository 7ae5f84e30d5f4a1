import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { chronicleFiles } from '../support/temp-corpus.js';

// A server's folder: a game's changelog (dated headings), a club's chronicle of an older year and a
// manual with no dates. Its own process and corpus (one jieba dictionary per process).

const engine = answerOverFiles('latest', {
  'changelog.md': [
    '# 星河客栈更新日志',
    '',
    '## 2024年3月15日 v1.2.0',
    '',
    '新增钓鱼玩法，每周六晚上开启。',
    '',
    '## 2024年12月20日 v2.1.0',
    '',
    '新增冬至限定菜谱。',
    '',
    '联机人数上限提高到6人。',
    '',
  ].join('\n'),
  ...chronicleFiles('club', 2020, '俱乐部纪事\n\n3月18日\n◆俱乐部举行春季长跑。\n\n3月19日\n◆俱乐部接待来访球队。\n'),
  'club.meta.json': JSON.stringify({ id: 'club', title: '长跑俱乐部纪事', kind: 'chronicle', year: 2020 }),
  'manual.txt': '净化器使用说明\n\n滤网每六个月更换一次，最新款滤网兼容旧机型。\n',
  'minutes.md': ['# 读书会纪要', '## 2024年5月3日 第3次例会', '讨论了新书目。', '## 2024年6月7日 第4次例会', '决定暑期休会。'].join('\n\n'),
});

const ask = (query: string, locale?: 'en') => engine.answer({ command: 'ask', query, pageSize: 50, ...(locale ? { locale } : {}) });
const texts = (answer: { items: { text: string }[] }) => answer.items.map((i) => i.text);
const NEWEST = ['新增冬至限定菜谱。\n联机人数上限提高到6人。'];

describe('a question for the newest entry', () => {
  it('given 最新版本是多少, then the newest day’s entries, named as the newest', () => {
    const answer = ask('最新版本是多少');
    expect(answer.items.map((i) => i.date)).toEqual(['2024-12-20']);
    expect(texts(answer)).toEqual(NEWEST);
    expect(answer.message).toContain('最新的条目在');
    expect(answer.command).toBe('ask');
    expect(answer.query).toBe('最新版本是多少');
  });

  it('given other wordings, Traditional and English, then the same entries', () => {
    const newest = texts(ask('最新版本是多少'));
    for (const question of ['最近一次更新了什么', '最後一次更新', 'What is the latest update?'])
      expect(texts(ask(question)), question).toEqual(newest);
    expect(ask('What is the latest update?', 'en').message).toContain('The newest entries are of December 20');
  });

  it('given when it came out or what is new in it, then the same entries', () => {
    const newest = texts(ask('最新版本是多少'));
    for (const question of ['最新版本的发布日期', '最新版本什么时候发布的', "What's new in the latest version?"])
      expect(texts(ask(question)), question).toEqual(newest);
  });

  it('given what the entries’ headings call them (例会), then the newest entry of the documents whose headings say so', () => {
    for (const question of ['最近一次例会讨论了什么', '最新一次例会是什么时候'])
      expect(texts(ask(question)), question).toEqual(['决定暑期休会。']);
  });

  it('given a document named, then that document’s newest day', () => {
    expect(ask('长跑俱乐部纪事最近发生了什么').items.map((i) => i.date)).toEqual(['2020-03-19']);
  });

  it('given a question asking more than the newest entry, then it is ranked as before', () => {
    const answer = ask('最新款滤网兼容哪些机型');
    expect(answer.message ?? '').not.toContain('最新的条目');
    expect(texts(answer)[0]).toContain('最新款滤网');
  });
});

describe('/date of the newest day', () => {
  it('given 最新 or latest, then the newest day’s entries, as the question gets them', () => {
    const asked = engine.answer({ command: 'date', query: '最新' });
    expect(asked.error).toBeUndefined();
    expect(asked.items.map((i) => i.date)).toEqual(['2024-12-20']);
    expect(asked.query).toBe('最新');
    expect(texts(engine.answer({ command: 'date', query: 'latest' }))).toEqual(texts(asked));
  });
});

describe('a release named by its version', () => {
  it('given v1.2.0 (or 1.2.0, or in English) and nothing more asked, then the entry whose heading writes it', () => {
    for (const question of ['v1.2.0更新了什么', '1.2.0版本有什么变化', 'What changed in v1.2.0?']) {
      const answer = ask(question);
      expect(texts(answer), question).toEqual(['新增钓鱼玩法，每周六晚上开启。']);
      expect(answer.items.map((i) => i.date)).toEqual(['2024-03-15']);
    }
    expect(ask('v1.2.0更新了什么').message).toContain('v1.2.0 的条目在');
  });

  it('given a version no heading writes, or a version with more asked, then it is ranked as before', () => {
    expect(ask('v9.9.9更新了什么').message ?? '').not.toContain('的条目在');
    expect(ask('v1.2.0的钓鱼玩法什么时候开启').message ?? '').not.toContain('的条目在');
  });
});
