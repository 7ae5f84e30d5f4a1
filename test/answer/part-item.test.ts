import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver, plainFiles } from '../support/temp-corpus.js';

// Two documents whose parts hold numbered items: a pool's notice under 【】 labels, a club's clauses.

const POOL = [
  '青禾游泳馆须知',
  '',
  '【入场须知】',
  '1. 凭有效会员卡入场。',
  '2. 入场前须淋浴。',
  '3. 身高1.2米以下儿童须由成人陪同。',
  '',
  '【安全提示】',
  '1. 请勿在池边奔跑。',
  '2. 深水区仅限持深水证者使用。',
  '3. 饭后一小时内不宜下水。',
  '4. 雷雨天气室外池关闭。',
  '',
  '【开放时间】每日6:00至22:00',
];

const CLUB = [
  '青禾羽毛球俱乐部章程',
  '',
  '第一条 本俱乐部为非营利性业余体育组织。',
  '',
  '第二条 会员权利',
  '1. 参加俱乐部组织的训练和比赛。',
  '2. 每周预约场地两次。',
  '3. 对俱乐部工作提出建议。',
];

describe('a numbered item asked with its part', () => {
  let engine: Engine;
  beforeAll(async () => {
    const files = {
      ...plainFiles('pool', '青禾游泳馆须知', POOL.join('\n')),
      ...plainFiles('club', '青禾羽毛球俱乐部章程', CLUB.join('\n')),
    };
    engine = await engineOver('part-item', files);
  });
  const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 10 });

  it("given a labelled part's name and an item's number, then that part's item is the answer, not another part's", () => {
    for (const query of ['安全提示第3条', '安全提示第三条是什么', '安全提示第3点']) {
      expect(ask(query).items.map((item) => item.text)).toEqual(['3. 饭后一小时内不宜下水。']);
    }
    expect(ask('入场须知第3项').items.map((item) => item.text)).toEqual(['3. 身高1.2米以下儿童须由成人陪同。']);
  });

  it("given a clause and an item's number, then the clause's item is the answer", () => {
    const answer = ask('第二条第2项');
    expect(answer.items.map((item) => item.text)).toEqual(['2. 每周预约场地两次。']);
    expect(answer.message).toContain('第二条');
  });

  it('given a number the part has no item for, then no item of it is claimed: the question is ranked as before', () => {
    const answer = ask('入场须知第4条');
    expect(answer.message ?? '').not.toContain('第 4 项');
    expect(answer.items.length).toBeGreaterThan(0);
  });
});
