import { describe, expect, it } from 'vitest';
import { questionFocus } from '../../src/answer/question-focus.js';
import { asksForSource, intentBoost, questionIntents } from '../../src/answer/question-intent.js';

describe('question focus', () => {
  it.each([
    ['习近平和沙特国王通电话时是怎么说病毒的？', '是怎么说病毒的？'],
    ['李文亮的事调查完之后，武汉警方怎么处理那份训诫书？', '武汉警方怎么处理那份训诫书？'],
    ['习近平在给武契奇的慰问电里提到要不要派医疗专家组？', '提到要不要派医疗专家组？'],
  ])('given "%s", then the asked part is its last clause', (question, focus) => {
    expect(questionFocus(question)).toBe(focus);
  });

  it('given "topic 是 question-word predicate", then the asked part starts after 是', () => {
    expect(questionFocus('这次视频会是哪个部门主办的？')).toBe('哪个部门主办的？');
    expect(questionFocus('口罩是什么时候开始供大于求的')).toBe('什么时候开始供大于求的');
  });

  it.each(['谁和古特雷斯通了电话', '方舱医院 医护人员', '什么时候？'])(
    'given "%s" with no separate event part, then no focus',
    (question) => {
      expect(questionFocus(question)).toBeNull();
    },
  );
});

describe('question intent', () => {
  it('given a question about what was said, then sentences reporting speech are favoured', () => {
    const intents = questionIntents('习近平是怎么说病毒的？');
    expect(intentBoost(intents, '习近平强调,病毒没有国界。')).toBeGreaterThan(1);
    expect(intentBoost(intents, '中国国家主席习近平同沙特国王萨勒曼通电话。')).toBe(1);
  });

  it('given "how many", then sentences with a figure are favoured; given no intent, then nothing changes', () => {
    expect(intentBoost(questionIntents('大概有多少人参加？'), '共近300人通过网络在线与会。')).toBeGreaterThan(1);
    expect(intentBoost(questionIntents('方舱医院 医护人员'), '共近300人通过网络在线与会。')).toBe(1);
  });

  it('given how long, how big or what it costs, then sentences with a figure are favoured', () => {
    for (const question of ['滤网能用多久？', '游戏的售价是多少钱', 'How long does the filter last?'])
      expect(intentBoost(questionIntents(question), '滤网寿命约为6个月。'), question).toBeGreaterThan(1);
  });

  it('given "when", then a year, a weekday or an hour answers it as a day does', () => {
    const when = questionIntents('俱乐部是哪一年成立的？');
    for (const sentence of ['俱乐部成立于2009年。', '比赛每周六晚上开启。', '活动晚上9点开始。', '3月18日举行。'])
      expect(intentBoost(when, sentence), sentence).toBeGreaterThan(1);
    expect(intentBoost(when, '俱乐部的名字是何嘉取的。')).toBe(1);
  });

  it('given "where", then every field labelled with a place answers it, as labelled-fields.ts brings them in (位置：… too)', () => {
    const where = questionIntents('停车场在哪里？');
    for (const sentence of ['地点：市民中心B座3楼', '位置：园区东门左转', 'Venue: Harbour Hall'])
      expect(intentBoost(where, sentence), sentence).toBeGreaterThan(1);
    expect(intentBoost(where, '停车场很大。')).toBe(1);
  });
});

describe('questions about sources', () => {
  it.each([
    ['这段话的出处是哪里？', true],
    ['那条注释引的是哪家媒体？', true],
    ['Which source does the white paper cite for this?', true],
    ['What is the source of the virus?', true],
    ['病毒是从哪里来的？', false],
    ['习近平和古特雷斯通电话时说了什么？', false],
  ])('given "%s" then asksForSource is %s', (question, expected) => {
    expect(asksForSource(question)).toBe(expected);
  });
});
