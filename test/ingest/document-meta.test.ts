import { describe, expect, it } from 'vitest';
import { inferMeta, parseMeta, slugFromFileName } from '../../src/ingest/document-meta.js';

describe('parseMeta', () => {
  const inferred = { id: 'from-file', title: '正文第一行', kind: 'plain' as const };

  it('given a complete sidecar then returns it typed', () => {
    const r = parseMeta('{"id":"wp","title":"白皮书","kind":"whitepaper","year":2020,"digitsStripped":true}', 'wp.meta.json', inferred);
    expect(r).toMatchObject({ ok: true, meta: { id: 'wp', kind: 'whitepaper', year: 2020, digitsStripped: true } });
    if (r.ok) expect(r.warnings).toEqual([]);
  });

  it('given text that is no JSON object then an error naming the file', () => {
    for (const json of ['{"id":', '[]']) {
      const r = parseMeta(json, 'x.meta.json', inferred);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('x.meta.json');
    }
  });

  it('given no id, then the warning says the file name gives it, not that it is invalid; a Chinese id is valid', () => {
    const missing = parseMeta('{"title":"t","kind":"plain"}', 'x.meta.json', inferred);
    expect(missing.ok && missing.warnings.join('\n')).toMatch(/没有 id，按文件名用 "from-file"/);
    const chinese = parseMeta('{"id":"纪事","title":"t","kind":"plain"}', 'x.meta.json', inferred);
    expect(chinese.ok && chinese.meta.id).toBe('纪事');
  });

  it.each([
    ['{"id":"a:b","title":"t","kind":"plain"}', { id: 'from-file', title: 't' }, 'id'],
    ['{"id":"a","kind":"plain"}', { id: 'a', title: '正文第一行' }, 'title'],
    ['{"id":"a","title":"t","kind":"novel"}', { kind: 'plain' }, 'kind'],
    ['{"id":"a","title":"t","kind":"plain","aliases":"白皮书"}', { id: 'a' }, 'aliases'],
    ['{"id":"a","title":"t","kind":"plain","date":"2023-13-45"}', { id: 'a' }, 'date'],
    ['{"id":"a","title":"t","kind":"plain","tittle":"x"}', { title: 't' }, 'tittle'],
  ])(
    'given %s then the document keeps what is right, the rest repaired or left out, with a warning naming the field',
    (json, expected, field) => {
      const r = parseMeta(json, 'x.meta.json', inferred);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.meta).toMatchObject(expected);
      // An optional field that could not be read is left out, not kept wrong.
      if (field === 'aliases' || field === 'date') expect(r.meta).not.toHaveProperty(field);
      expect(r.warnings).toEqual([expect.stringMatching(new RegExp(`^x\\.meta\\.json.*${field}`))]);
    },
  );

  it('given the year written as a string then it is the year, with a warning', () => {
    const r = parseMeta('{"id":"a","title":"t","kind":"chronicle","year":"2023"}', 'a.meta.json', inferred);
    expect(r).toMatchObject({ ok: true, meta: { kind: 'chronicle', year: 2023 } });
    if (r.ok) expect(r.warnings).toEqual([expect.stringContaining('year 写成了字符串')]);
  });

  it('given no kind then it is plain with a warning', () => {
    const r = parseMeta('{"id":"a","title":"t"}', 'a.meta.json', inferred);
    expect(r).toMatchObject({ ok: true, meta: { kind: 'plain' } });
    if (r.ok) expect(r.warnings).toHaveLength(1);
  });
});

describe('inferMeta', () => {
  it('given a file without sidecar then id comes from the file name and title from the first non-empty line', () => {
    expect(inferMeta('My Notes 2020.txt', '\n\n# 防疫笔记\n正文。')).toEqual({ id: 'my-notes-2020', title: '防疫笔记', kind: 'plain' });
    // A first line that is a chapter heading is the first part's: the file's name names the whole.
    expect(inferMeta('学校笔记.txt', '第一节 背景\n学校开学推迟。\n').title).toBe('学校笔记');
  });

  it('given a first line that is an English sentence, then the file name is the title; an English title is kept', () => {
    expect(inferMeta('bylaws.txt', 'The bylaws were adopted in 1990. Members vote every spring.\n').title).toBe('bylaws');
    expect(inferMeta('faq.txt', 'Riverside Chess Club FAQ\n\nMeetings are weekly.').title).toBe('Riverside Chess Club FAQ');
    expect(inferMeta('notes.txt', 'Release notes v2.0\n\nFixed bugs.').title).toBe('Release notes v2.0');
  });

  it('given a text laid out as a chronicle (days alone on their lines, ◆ entries under them), then it is read as one', () => {
    const log = '社团日志\n\n2021年5月1日\n◆社团举行五一徒步活动。\n\n2021年5月2日\n◆社团成员清理山道垃圾。\n';
    expect(inferMeta('社团日志.txt', log).kind).toBe('chronicle');
    // One day, or days written in sentences, or bullets before any day: running text.
    expect(inferMeta('a.txt', '2021年5月1日\n◆徒步。\n◆合影。\n').kind).toBe('plain');
    expect(inferMeta('b.txt', '2021年5月1日，社团举行徒步活动。\n2021年5月2日，社团清理垃圾。\n').kind).toBe('plain');
    expect(inferMeta('c.txt', '- 徒步\n- 合影\n5月1日\n5月2日\n').kind).toBe('plain');
  });

  it('given a chronicle with a subtitle or a source line, a sentence broken across a blank line, or （完）, then still a chronicle', () => {
    const broken = '社区抗疫纪实（2021年）\n\n5月1日\n◆社区开展核酸检测志愿服务，志愿者为居民\n\n配送生活物资。\n\n5月2日\n◆清理垃圾。';
    expect(inferMeta('a.txt', broken).kind).toBe('chronicle');
    const framed = '社区纪事2021\n来源：居委会\n\n5月1日\n◆开展活动。\n\n5月2日\n◆清理垃圾。\n（完）';
    expect(inferMeta('b.txt', framed).kind).toBe('chronicle');
  });

  it('given a text the chronicle reader would lose words of, or could not date, then it stays running text', () => {
    // A notice with prose, days as values and a Markdown list under them.
    const notice =
      '招募通知\n\n本社是历史最悠久的社团之一。\n\n报名时间\n2021年9月1日\n截止时间\n2021年9月15日\n- 每周活动\n- 面试安排\n\n欢迎报名。\n';
    expect(inferMeta('notice.md', notice).kind).toBe('plain');
    // An outline numbered 1.1, 1.2 (which /date would read as days) with bullets.
    expect(inferMeta('outline.md', '课程大纲\n\n1.1\n● 零基础入门\n1.2\n● 进阶练习\n').kind).toBe('plain');
    // Prose between entries, not going on from one.
    expect(inferMeta('d.txt', '纪事2021\n\n2021年5月1日\n◆徒步。\n\n这一段是说明文字。\n\n2021年5月2日\n◆清理垃圾。\n').kind).toBe('plain');
    // Days without a year, and none in the title: its entries could not be dated.
    expect(inferMeta('club.txt', '社团纪事\n\n5月1日\n◆春季运动会。\n\n5月3日\n◆清理山道。\n').kind).toBe('plain');
    expect(inferMeta('club.txt', '社团纪事2021\n\n5月1日\n◆春季运动会。\n\n5月3日\n◆清理山道。\n').kind).toBe('chronicle');
  });

  it('given a sidecar without a kind over a chronicle’s layout, then it is read as a chronicle, and the warning says why', () => {
    const log = '2021年5月1日\n◆徒步。\n2021年5月2日\n◆清理垃圾。\n';
    const r = parseMeta('{"id":"log","title":"日志"}', 'log.meta.json', inferMeta('log.txt', log));
    expect(r).toMatchObject({
      ok: true,
      meta: { kind: 'chronicle' },
      warnings: ['log.meta.json 未写 kind，按 "chronicle" 处理（正文是日期标题和◆条目）'],
    });
  });

  it('given Chinese or symbol-only file names then the slug is still usable', () => {
    expect(slugFromFileName('抗疫 白皮书.md')).toBe('抗疫-白皮书');
    expect(slugFromFileName('___.txt')).toBe('doc');
  });
});

describe('inferMeta of Markdown', () => {
  it('given front matter with a title, then that title; without one, the first line after it, its syntax removed', () => {
    expect(inferMeta('post.md', '---\ntitle: "徒步笔记"\n---\n# 别的标题\n正文。').title).toBe('徒步笔记');
    expect(inferMeta('post.md', '---\ndate: 2023-05-20\n---\n# **徒步**笔记\n正文。').title).toBe('徒步笔记');
  });
});
