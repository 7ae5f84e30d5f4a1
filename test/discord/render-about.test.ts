import { describe, expect, it } from 'vitest';
import { renderAbout } from '../../src/discord/render-about.js';
import { plainDocument, statsOf } from '../support/corpus-stats.js';

describe('renderAbout', () => {
  it('given a copy that lost its digits, then its field says so, and no other field does', () => {
    const embed = renderAbout(
      statsOf([
        { id: 'a', title: '纪实', kind: 'chronicle', passages: 10, sentences: 10, entries: 3, digitsStripped: false },
        { id: 'b', title: '白皮书', kind: 'whitepaper', passages: 20, sentences: 20, entries: 0, digitsStripped: true },
      ]),
    ).reply.embeds![0]!;
    const [chronicle, paper] = embed.fields!;
    expect(paper!.value).toMatch(/丢失了所有数字/);
    expect(chronicle!.value).not.toMatch(/数字/);
    expect(embed.fields!.find((f) => f.name === '索引')!.value).toMatch(/<t:\d+:f>/);
  });

  it('given a client in English, then the embed in English, the digits note too', () => {
    const embed = renderAbout(
      statsOf([{ id: 'b', title: '白皮书', kind: 'whitepaper', passages: 20, sentences: 20, entries: 0, digitsStripped: true }]),
      new Date(),
      'en',
    ).reply.embeds![0]!;
    expect(embed.title).toBe('About this bot');
    expect(embed.fields![0]!.value).toBe(
      'White paper · 20 sentences\n(this copy lost all its digits: figures and dates cannot be found in it)',
    );
  });

  it.each([
    ['updating', 'zh', '正在更新索引'],
    ['failed', 'zh', '索引未能更新'],
    ['restart', 'en', 'restart to serve the new ones'],
  ] as const)('given the corpus folder changed (%s), then a field says how the answers follow it (%s)', (change, locale, said) => {
    const stats = { ...statsOf([plainDocument('a', '协议', 'a.txt')]), corpusChange: change };
    const fields = renderAbout(stats, new Date(), locale).reply.embeds![0]!.fields!;
    expect(fields.find((f) => f.name === (locale === 'en' ? 'Corpus folder' : '语料文件夹'))?.value).toContain(said);
    expect(renderAbout(statsOf([plainDocument('a', '协议', 'a.txt')])).reply.embeds![0]!.fields!.map((f) => f.name)).not.toContain(
      '语料文件夹',
    );
  });

  it('given documents sharing a title, then each field names its file; a title of its own stays bare', () => {
    const embed = renderAbout(
      statsOf([plainDocument('a', '协议', 'a.txt'), plainDocument('b', '协议', 'b.md'), plainDocument('c', '港口', 'c.txt')]),
    ).reply.embeds![0]!;
    expect(embed.fields!.slice(0, 3).map((f) => f.name)).toEqual(['协议（a.txt）', '协议（b.md）', '港口']);
  });
});

describe('renderAbout and dated entries', () => {
  it('given documents none of which has dated entries, then the description says so instead of counting 0 entries', () => {
    const stats = statsOf([plainDocument('a', '规则', 'a.md')]);
    const zh = renderAbout(stats).reply.embeds![0]!.description!;
    expect(zh).toBe('语料共 1 篇文档、1 个句子。已载入的文档都没有带日期的条目：/date 没有可列出的内容。答案均为原文摘录并附出处。');
    const en = renderAbout(stats, new Date(), 'en').reply.embeds![0]!.description!;
    expect(en).toContain('1 sentence. No loaded document has dated entries: /date has nothing to list.');
    expect(en).not.toContain('chronicle');
  });

  it('given a document with dated entries, then they are counted, named as dated (a changelog’s are no chronicle’s)', () => {
    const stats = statsOf([{ ...plainDocument('c', '纪事', 'c.txt'), kind: 'chronicle', entries: 3 }]);
    expect(renderAbout(stats).reply.embeds![0]!.description).toContain('1 个句子、3 个带日期的条目。');
  });
});
