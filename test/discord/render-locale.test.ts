import { describe, expect, it } from 'vitest';
import { AROUND_GROUP, TARGET_GROUP } from '../../src/answer/context.js';
import type { Answer, AnswerItem } from '../../src/core/types.js';
import { queryFromTitle, titleLocale } from '../../src/discord/answer-frame.js';
import { replyLocale } from '../../src/discord/command.js';
import { renderAnswer } from '../../src/discord/render-answer.js';

const item = (n: number): AnswerItem => ({
  id: `chronicle:${n}`,
  doc: 'chronicle',
  title: '纪实',
  citation: `纪实 · 3月18日 · 第${n}条第1句`,
  date: '2020-03-18',
  section: null,
  text: `第${n}句原文。`,
  score: 1,
  highlights: [],
  group: '3月18日',
  places: ['3月18日 · 第1条第1句'],
});

const answer = (overrides: Partial<Answer> = {}): Answer => ({
  command: 'country',
  query: '意大利',
  total: 25,
  page: 1,
  pageSize: 10,
  items: Array.from({ length: 10 }, (_, i) => item(i + 1)),
  message: '意大利: 25 sentences, over 7 days.',
  suggestions: [],
  groups: [],
  ...overrides,
});

describe('Discord replies for a client in English', () => {
  it('given en-US or en-GB, then English; any other locale, Chinese', () => {
    expect(['en-US', 'en-GB', 'zh-CN', 'zh-TW', 'fr', undefined].map((locale) => replyLocale({ locale }))).toEqual([
      'en',
      'en',
      'zh',
      'zh',
      'zh',
      'zh',
    ]);
  });

  it('given a page of results, then title, footer and buttons in English, and the page buttons still read the query back', () => {
    const { reply } = renderAnswer(answer(), 'en');
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('Country · 意大利');
    expect(embed.footer?.text).toBe('25 sentences · page 1/3');
    const labels = reply.components!.flatMap((row) => row.components.map((c) => ('label' in c ? c.label : '')));
    expect(labels).toContain('Context 1');
    expect(labels).toContain('Next ▶');
    expect(queryFromTitle('country', embed.title)).toBe('意大利');
    expect(queryFromTitle('country', '国家 · 意大利')).toBe('意大利');
    // A page turned by someone else keeps the reply's language.
    expect(titleLocale('country', embed.title)).toBe('en');
    expect(titleLocale('country', '国家 · 意大利')).toBe('zh');
    expect(titleLocale('country', 'something else')).toBeNull();
  });

  it("given a page of results, then where each sentence stands reads in English (dates, entries), the documents' words as written", () => {
    const embed = renderAnswer(answer(), 'en').reply.embeds![0]!;
    expect(embed.fields?.[0]?.name).toBe('1. March 18');
    expect(embed.fields?.[0]?.value).toContain('— 纪实 · March 18 · entry 1, sentence 1');
    const places = (embed.fields ?? []).flatMap((f) => [f.name, ...f.value.split('\n').filter((line) => line.startsWith('— '))]);
    expect(places.join('\n')).not.toMatch(/第\d|\d月\d/u);
    // The Chinese reply as before.
    expect(renderAnswer(answer()).reply.embeds![0]!.fields?.[0]?.value).toContain('— 纪实 · 3月18日 · 第1条第1句');
  });

  it('given nothing found with suggestions, then "Try:" and an English list', () => {
    const { reply } = renderAnswer(
      answer({ total: 0, items: [], message: 'No sentence found for “x”.', suggestions: ['/search a', '/search b'] }),
      'en',
    );
    expect(reply.content).toBe('🔍 No sentence found for “x”.\nTry: /search a, /search b');
  });

  it('given no locale, then the Chinese frame as before', () => {
    expect(renderAnswer(answer()).reply.embeds![0]!.footer?.text).toBe('共 25 句 · 第 1/3 页');
  });

  it('given /context, then its groups are named in English, while the answer keeps the core’s names', () => {
    const context = answer({
      command: 'context',
      query: 'chronicle:2',
      total: 3,
      items: [
        { ...item(1), group: AROUND_GROUP },
        { ...item(2), group: TARGET_GROUP },
        { ...item(3), group: AROUND_GROUP },
      ],
    });
    const names = renderAnswer(context, 'en').reply.embeds![0]!.fields!.map((f) => f.name);
    expect(names).toEqual(['1. Context', '2. This sentence', '3. Context']);
    expect(renderAnswer(context).reply.embeds![0]!.fields!.map((f) => f.name)).toEqual(['1. 上下文', '2. 本句', '3. 上下文']);
  });
});
