import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { createLogger } from '../../src/log.js';

// Answers over documents a server adds: plain text without sidecars, Markdown whose first heading
// is its title, Latin compounds. Own corpus and process (one jieba dictionary per process).

let engine: Engine;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'qa-latin-'));
  writeFileSync(join(corpusDir, 'a.txt'), '设备说明\n\n本店提供免费Wi-Fi服务。\n\n编号ABC-123的音响已经维修。\n\n停车场在地下二层。\n');
  writeFileSync(join(corpusDir, 'trip.txt'), '旅行笔记\n\n我们去了意大利和法国。\n\n意大利的披萨很好吃。\n');
  writeFileSync(join(corpusDir, 'port.md'), '# 港口报告\n\n吞吐量创新高。\n');
  writeFileSync(join(corpusDir, 'news.txt'), '会谈新闻\n\n2021年5月3日，两国部长举行会谈并签署协议。\n');
  writeFileSync(join(corpusDir, '工作总结.txt'), '本年度完成了三项工作。\n');
  writeFileSync(join(corpusDir, '疫苗.txt'), '疫苗研发进展很快。\n\n多个国家在合作研发疫苗。\n');
  writeFileSync(join(corpusDir, 'minutes.txt'), '理事会纪要\n\n时间：2021年6月12日下午三点\n\n下次会议定于2021年7月10日举行，议题待定。\n');
  writeFileSync(join(corpusDir, 'later.txt'), '年底新闻\n\n2021年11月3日，港口扩建工程开工。\n\n2019年5月4日，旧码头关闭。\n');
  engine = await createEngine({ corpusDir, cacheDir: mkdtempSync(join(tmpdir(), 'qa-latin-cache-')), logger: createLogger('silent') });
});

describe('Latin compounds the documents write', () => {
  it.each([
    ['search', 'Wi-Fi', 'Wi-Fi'],
    ['ask', 'Wi-Fi密码是什么', 'Wi-Fi'],
    ['search', 'abc-123', 'ABC-123'],
  ])('given /%s %s, then the sentence writing it first, and no "not understood" note', (command, query, written) => {
    const answer = engine.answer({ command, query });
    expect(answer.items[0]?.text).toContain(written);
    expect(answer.message ?? '').not.toMatch(/文档中没有这些英文词/);
  });
});

it('given /search Wi-Fi, then only the sentence writing it: "Fi" is not translated (hi-fi: 音响)', () => {
  expect(engine.answer({ command: 'search', query: 'Wi-Fi' }).items.map((i) => i.text)).toEqual(['本店提供免费Wi-Fi服务。']);
});

describe('documents without sections', () => {
  it('given /country of a country named in a plain document, then its spread is counted in documents, not "1个章节"', () => {
    expect(engine.answer({ command: 'country', query: '意大利' }).message).toBe('意大利：共2句，分布在1篇文档。');
  });

  it('given a Markdown file whose first heading is its title, then the citation names it once', () => {
    expect(engine.answer({ command: 'search', query: '吞吐量' }).items[0]?.citation).toBe('港口报告 · 第1句');
  });
});

describe('a corpus of a few sentences', () => {
  // In 6 sentences a word written twice is in a third of them: no reason to drop it as too
  // common (the bound of COMMON_TERM_SHARE is for large corpora, where such terms cost time).
  it('given two keywords each written in two sentences, then every sentence holding either, and no note that none holds one', () => {
    const answer = engine.answer({ command: 'search', query: '意大利 维修' });
    expect(answer.items.map((i) => i.text)).toEqual(
      expect.arrayContaining(['我们去了意大利和法国。', '意大利的披萨很好吃。', '编号ABC-123的音响已经维修。']),
    );
    expect(answer.message ?? '').not.toMatch(/不包含/);
  });

  it('given a question about a word written in two of six sentences, then it is answered', () => {
    expect(engine.answer({ command: 'ask', query: '意大利的什么好吃' }).items[0]?.text).toBe('意大利的披萨很好吃。');
  });

  it('given one character found in one sentence, then no warning that it is in too many', () => {
    expect(engine.answer({ command: 'search', query: '店' }).message ?? '').not.toMatch(/大量句子/);
  });
});

describe('a day written only in running text (no chronicle entry stands under it)', () => {
  it('given /ask about what happened that day, then the sentences writing it', () => {
    for (const query of ['5月3日发生了什么', 'What happened on May 3, 2021?'])
      expect(engine.answer({ command: 'ask', query }).items.map((i) => i.text)).toEqual(['2021年5月3日，两国部长举行会谈并签署协议。']);
  });

  it('given a day written only inside another (11月3日) or under another year the user named, then not that day', () => {
    expect(engine.answer({ command: 'ask', query: '1月3日发生了什么' }).items.map((i) => i.text)).not.toContain(
      '2021年11月3日，港口扩建工程开工。',
    );
    expect(engine.answer({ command: 'ask', query: '2021年5月4日发生了什么' }).items.map((i) => i.text)).not.toContain(
      '2019年5月4日，旧码头关闭。',
    );
    expect(engine.answer({ command: 'ask', query: '5月4日发生了什么' }).items.map((i) => i.text)).toEqual(['2019年5月4日，旧码头关闭。']);
  });

  it('given a question about something on that day, then the sentence writing the day, though it shares no other word', () => {
    // The day is what the question and the sentence share: a minutes' 时间 line, a meeting set for a date.
    expect(engine.answer({ command: 'ask', query: '6月12日开了什么会' }).items[0]?.text).toBe('时间：2021年6月12日下午三点');
    expect(engine.answer({ command: 'ask', query: '7月10日有什么安排' }).items[0]?.text).toBe('下次会议定于2021年7月10日举行，议题待定。');
  });

  it('given two days, then each sentence writing either, once, in the documents’ order', () => {
    const answer = engine.answer({ command: 'ask', query: '5月3日和11月3日发生了什么' });
    expect(answer.items.map((i) => i.text)).toEqual(['2021年11月3日，港口扩建工程开工。', '2021年5月3日，两国部长举行会谈并签署协议。']);
  });

  it('given /date that day, then no entries, and /search of the day as written is offered', () => {
    const answer = engine.answer({ command: 'date', query: '2021年5月3日' });
    expect(answer.total).toBe(0);
    expect(answer.suggestions[0]).toBe('/search 5月3日');
    expect(engine.answer({ command: 'search', query: '5月3日' }).total).toBe(1);
  });
});

describe("examples in help and error messages, on a server's own documents", () => {
  it('given /help, then every example of /ask, /search and /country finds something in these documents', () => {
    const help = engine.answer({ command: 'help', query: '' }).message ?? '';
    const examples = [...help.matchAll(/例：\/(ask|search|country) ([^）]+)）/gu)].map((m) => ({ command: m[1]!, query: m[2]! }));
    expect(examples.map((e) => e.command).sort()).toEqual(['ask', 'country', 'search']);
    for (const example of examples) expect(engine.answer(example).total, `${example.command} ${example.query}`).toBeGreaterThan(0);
  });

  it('given an empty /search, then the example it gives is one of these documents’ words', () => {
    const message = engine.answer({ command: 'search', query: '' }).error?.message ?? '';
    const query = /例如：\/search (\S+)/u.exec(message)?.[1] ?? '';
    expect(query).not.toBe('健康丝绸之路');
    expect(engine.answer({ command: 'search', query }).total).toBeGreaterThan(0);
  });
});

describe('a keyword written only in a title or a heading', () => {
  it('given /search of a word only a title writes, then no result, and the message names the document it titles', () => {
    const answer = engine.answer({ command: 'search', query: '旅行笔记' });
    expect(answer.total).toBe(0);
    expect(answer.message).toMatch(/只写在标题或章节名中：《旅行笔记》/);
  });

  it('given /search of a word no title or sentence writes, then no such note', () => {
    expect(engine.answer({ command: 'search', query: '火山喷发' }).message ?? '').not.toMatch(/标题或章节名/);
  });
});

describe('a document titled by its file name with a common word (疫苗.txt)', () => {
  it('given a question about the word, then it is ranked as any question; asked what the document says, then the document', () => {
    expect(engine.answer({ command: 'ask', query: '疫苗是什么' }).message ?? '').not.toContain('按原文顺序列出');
    expect(engine.answer({ command: 'ask', query: '疫苗' }).message ?? '').not.toContain('按原文顺序列出');
    // A title holding a word that asks what a text says (总结) is no such question by itself.
    expect(engine.answer({ command: 'ask', query: '工作总结' }).message ?? '').not.toContain('按原文顺序列出');
    const whole = engine.answer({ command: 'ask', query: '疫苗讲了什么' });
    expect(whole.message).toContain('《疫苗》共 2 句');
    expect(whole.items.map((i) => i.text)).toEqual(['疫苗研发进展很快。', '多个国家在合作研发疫苗。']);
  });
});
