import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// An interview transcript: a turn asking (`[00:01:10] 主持人：…？`) is answered by the next
// speaker's turn, and a turn's later sentences are cited with who said them, and when. Own corpus
// and process (one jieba dictionary per process).

const engine = answerOverFiles('turns', {
  'talk.txt': [
    '《山路》访谈 第5期',
    '',
    '[00:00:05] 阿禾：欢迎收听，今天请到了护林员老周。',
    '[00:00:20] 老周：大家好。',
    '[00:01:10] 阿禾：巡山是什么意思？',
    '[00:01:14] 老周：就是每天沿着防火道走一圈。路上要看有没有烟头，有没有人偷挖兰花。',
    '[00:02:40] 阿禾：好辛苦。那你巡山最怕遇到什么？',
    '[00:02:45] 老周：最怕下雨天路滑。去年我在北坡摔断过一次手腕。',
    '[00:03:30] 阿禾：你喜欢这份工作吗？',
    '[00:03:33] 老周：喜欢。山里空气好，每天都能看到松鼠。',
    '',
    '（本期剪辑：小麦）',
  ].join('\n'),
});

const items = (query: string) => engine.answer({ command: 'ask', query }).items;

describe('a transcript’s questions and answers', () => {
  it('given a question the host asks as a turn, then the guest’s answering turn first, the question after it', () => {
    expect(
      items('巡山是什么意思')
        .map((i) => i.text)
        .slice(0, 2),
    ).toEqual(['[00:01:14] 老周：就是每天沿着防火道走一圈。', '[00:01:10] 阿禾：巡山是什么意思？']);
  });

  it('given a question ending a turn of several sentences, then the next speaker’s turn before it', () => {
    expect(items('巡山最怕遇到什么')[0]?.text).toBe('[00:02:45] 老周：最怕下雨天路滑。');
  });

  it('given an answering turn opening with a bare reply, then its next sentence too, before the question', () => {
    expect(
      items('喜欢这份工作吗')
        .map((i) => i.text)
        .slice(0, 3),
    ).toEqual(['[00:03:33] 老周：喜欢。', '山里空气好，每天都能看到松鼠。', '[00:03:30] 阿禾：你喜欢这份工作吗？']);
  });

  it('given a sentence after its turn’s first, then it is cited with the turn’s timecode and speaker', () => {
    const hit = items('北坡摔断手腕').find((i) => i.text.startsWith('去年我在北坡'));
    expect(hit?.citation).toMatch(/\[00:02:45\] 老周 · 第\d+句/u);
  });

  it('given a note in brackets after the last turn, then it is cited as nobody’s speech', () => {
    const hit = engine.answer({ command: 'search', query: '本期剪辑' }).items[0];
    expect(hit?.text).toBe('（本期剪辑：小麦）');
    expect(hit?.citation).not.toMatch(/老周/u);
  });
});
