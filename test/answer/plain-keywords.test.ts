import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/answer/dispatch.js';
import { isPlainKeywords } from '../../src/answer/plain-keywords.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import type { AnswerRequest } from '../../src/core/types.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('Chinese keywords alone', () => {
  it('given Chinese characters with one space between keywords, then plain; given anything else, then not', () => {
    for (const query of ['健康丝绸之路', '口罩 捐赠', '联合专家组 意大利 物资']) expect(isPlainKeywords(query)).toBe(true);
    for (const query of [
      '',
      ' 口罩',
      '口罩 ',
      '口罩  捐赠',
      '口罩　捐赠',
      '中国-意大利',
      '口罩AND捐赠',
      '"口罩"',
      '500克',
      'WHO',
      '口罩😷',
      '〇',
    ])
      expect(isPlainKeywords(query)).toBe(false);
    expect(isPlainKeywords('口'.repeat(200))).toBe(true);
    expect(isPlainKeywords('口'.repeat(201))).toBe(false);
  });

  it('given every word the documents write, pairs of them and searches of other kinds, then the same answer with and without the shortcut', () => {
    const words = services.index.vocabulary().filter(isPlainKeywords);
    expect(words.length).toBeGreaterThan(3000);
    const pairs = words.map((word, i) => `${word} ${words[(i * 7 + 3) % words.length]}`);
    // Searches of other kinds, which the shortcut must leave to the full path (a widened test skipping
    // their readings fails here), and Chinese ones whose readings it keeps: Traditional forms, a day, a holiday.
    const others = [
      '中国-意大利',
      '45.18亿',
      '500g',
      'WHO 口罩',
      '口罩 "捐赠"',
      '口罩 -捐赠',
      '口罩AND捐赠',
      '3月',
      '今天 疫情',
      '新冠肺炎（COVID-19）',
      '醫療物資 捐贈',
      '三月十五日',
      '国庆节 武汉',
    ];
    const differing: string[] = [];
    for (const query of [...words, ...pairs, ...others])
      for (const request of [
        { command: 'search', query },
        ...(query.length % 5 ? [] : [{ command: 'search', query, page: 2, locale: 'en' as const }]),
      ] satisfies AnswerRequest[]) {
        const answer = JSON.stringify(dispatch(services, request));
        if (answer !== JSON.stringify(dispatch(services, request, false))) differing.push(query);
      }
    expect(differing).toEqual([]);
  }, 300_000);
});
