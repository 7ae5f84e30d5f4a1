import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver } from '../support/temp-corpus.js';

// /country's timeline counts, for each day, the sentences mentioning the country that day: a
// sentence repeated in two entries of one day counts once there, and once on each other day.

let engine: Engine;
beforeAll(async () => {
  const chronicle = [
    '访问纪实',
    '',
    '5月1日',
    '◆意大利代表团抵达北京。双方举行会谈。',
    '◆意大利代表团抵达北京。双方参观工厂。',
    '',
    '5月3日',
    '◆意大利代表团抵达北京。代表团前往上海。',
    '◆法国代表团抵达巴黎。',
    '',
    '5月4日',
    '◆双方发表联合声明。',
  ].join('\n');
  engine = await engineOver('timeline', {
    'visit.txt': chronicle,
    'visit.meta.json': JSON.stringify({ id: 'visit', title: '访问纪实', kind: 'chronicle', year: 2021 }),
  });
});

describe('/country timeline', () => {
  it('given a sentence repeated on one day and on another, then each day counts it once, and the period runs day by day', () => {
    const answer = engine.answer({ command: 'country', query: '意大利' });
    expect(answer.total).toBe(1);
    expect(answer.items[0]?.places).toHaveLength(3);
    expect(answer.message).toBe('意大利：共1句，分布在2天。');
    expect(answer.timeline).toEqual({
      unit: '提及',
      days: [
        { date: '2021-05-01', count: 1, highlighted: true },
        { date: '2021-05-02', count: 0, highlighted: false },
        { date: '2021-05-03', count: 1, highlighted: true },
        { date: '2021-05-04', count: 0, highlighted: false },
      ],
    });
  });

  it('given a country the chronicle does not mention, then no timeline', () => {
    expect(engine.answer({ command: 'country', query: '德国' }).timeline).toBeUndefined();
  });
});
