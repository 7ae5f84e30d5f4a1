import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { engineOver } from '../support/temp-corpus.js';

// "第2分钟在讲什么", "00:03:10": what a transcript's speakers say at that moment, not sentences
// sharing its digits. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('timecodes', {
  'talk.txt': [
    '《山路》访谈 第5期',
    '',
    '[00:00:05] 阿禾：欢迎收听，今天请到了护林员老周。',
    '[00:01:40] 老周：大家好。我在北山巡了十年山。',
    '[00:02:50] 阿禾：巡山最怕什么？',
    '[00:03:10] 老周：最怕下雨天路滑。去年摔断过一次手腕。',
    '[00:05:30] 阿禾：谢谢老周。',
  ].join('\n'),
  'recipe.txt': ['红糖姜茶', '', '红糖 10g，姜片 3片。', '小火煮 3分钟，关火焖 10分钟。'].join('\n'),
});

const ask = (query: string) => engine.answer({ command: 'ask', query });
const texts = (query: string) => ask(query).items.map((i) => i.text);

describe('a question naming a moment of a recording', () => {
  it('given 第N分钟, then the turns under way in the Nth minute, whole and in order', () => {
    expect(texts('第3分钟在讲什么')).toEqual(['[00:01:40] 老周：大家好。', '我在北山巡了十年山。', '[00:02:50] 阿禾：巡山最怕什么？']);
    expect(ask('第3分钟在讲什么').message).toMatch(/00:02:00–00:03:00（第3分钟）/u);
  });

  it('given the first minute, however its number is written, then 00:00–01:00', () => {
    for (const query of ['第一分钟在讲什么', '第1分钟在讲什么', '第0分钟在讲什么', '第〇分钟在讲什么']) {
      expect(texts(query)).toEqual(['[00:00:05] 阿禾：欢迎收听，今天请到了护林员老周。']);
      expect(ask(query).message).toMatch(/00:00:00–00:01:00/u);
    }
  });

  it('given the N-minute mark, then the minute from it, not the Nth', () => {
    expect(ask('2分钟处在讲什么').message).toMatch(/00:02:00–00:03:00（2分钟）/u);
  });

  it('given a minute in English, then the same minute as in Chinese', () => {
    expect(texts('at minute 2')).toEqual(texts('2分钟处在讲什么'));
    expect(ask('What is said at minute 2?').message).toMatch(/00:02:00–00:03:00（at minute 2）/u);
    expect(texts('in the first minute')).toEqual(['[00:00:05] 阿禾：欢迎收听，今天请到了护林员老周。']);
  });

  it('given minutes as a duration, then sentences are ranked, not a moment', () => {
    for (const query of ['10分钟左右怎么做', '需要10分钟左右', '焖10分钟的时候']) {
      expect(ask(query).message ?? '').not.toMatch(/时间码/u);
      expect(texts(query)).toContain('小火煮 3分钟，关火焖 10分钟。');
    }
  });

  it('given minutes around a mark with what is said asked, then a moment', () => {
    expect(ask('2分钟左右在聊什么').message).toMatch(/00:02:00–00:03:00（2分钟）/u);
  });

  it('given 第N分钟 in Traditional characters, then the same turns', () => {
    expect(texts('第3分鐘在講什麼')).toEqual(['[00:01:40] 老周：大家好。', '我在北山巡了十年山。', '[00:02:50] 阿禾：巡山最怕什么？']);
  });

  it('given a timecode, then the turn at it, not sentences writing its digits', () => {
    expect(texts('00:03:10')).toEqual(['[00:03:10] 老周：最怕下雨天路滑。', '去年摔断过一次手腕。']);
  });

  it('given a time past the recording, then nothing, and where its timecodes end', () => {
    const answer = ask('第20分钟讲了什么');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/时间码到00:05:30为止/u);
  });

  it('given the last timecode there is, then a span ending there, not at hour 100', () => {
    const message = ask('99:59:30在讲什么').message ?? '';
    expect(message).toMatch(/99:59:30–99:59:59/u);
    expect(message).toMatch(/时间码最多到99:59:59/u);
    expect(message).not.toMatch(/100:/u);
  });

  it('given minutes with something specific asked, then sentences are ranked', () => {
    expect(texts('关火焖10分钟的时候放什么')).toContain('小火煮 3分钟，关火焖 10分钟。');
  });
});

describe('a transcript writing minutes or seconds past 59', () => {
  it('given such a line, then it opens no turn, and no timecode past 99:59:59 is printed', async () => {
    const odd = await engineOver('timecodes-odd', {
      'late.txt': [
        '《长夜》访谈',
        '',
        '[99:58:10] 阿禾：还在录吗？',
        '[99:59:00] 老周：还在。',
        '[99:59:30] 阿禾：那就再聊一会儿。',
        '[99:60:59] 老周：这一行的时间码写错了。',
      ].join('\n'),
    });
    const answer = odd.answer({ command: 'ask', query: '第999分钟在讲什么' });
    expect(answer.message).toMatch(/时间码到99:59:30为止/u);
    expect(answer.message).not.toMatch(/100:/u);
  });
});
