import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A soup book: each soup's blocks under the same bold labels, a --- between parts, readers' notes after the last.

const soup = (n: number, name: string, things: string[], steps: string[], tip: string) => [
  `## ${n}. ${name}`,
  '',
  '**材料**',
  ...things.map((thing) => `- ${thing}`),
  '',
  '**做法**',
  ...steps.map((step, i) => `${i + 1}. ${step}`),
  '',
  `**提示**：${tip}`,
  '',
];

const SOUPS = [
  '# 秋冬汤谱',
  '',
  '## 目录',
  '1. 萝卜排骨汤',
  '2. 玉米冬瓜汤',
  '',
  '---',
  '',
  ...soup(1, '萝卜排骨汤', ['排骨 500g', '白萝卜 1根'], ['排骨冷水下锅焯水后洗净。', '加萝卜块小火炖一个半小时。'], '萝卜最后半小时再放。'),
  ...soup(2, '玉米冬瓜汤', ['甜玉米 2根', '冬瓜 300g'], ['玉米切段煮二十分钟。', '下冬瓜再煮十分钟，加盐出锅。'], '冬瓜带皮煮更清甜。'),
  '---',
  '',
  '读者留言：',
  '- 阿青：排骨汤加两颗红枣也好喝。',
].join('\n');

const engine = answerOverFiles('repeated-labels', {
  'soups.md': SOUPS,
  'soups.meta.json': JSON.stringify({ id: 'soups', title: '秋冬汤谱', kind: 'plain' }),
});

const items = (command: 'ask' | 'search', query: string) => engine.answer({ command, query, pageSize: 20 }).items;

describe('a label written over a block in every part', () => {
  it('given the label searched, then it is no sentence of its own', () => {
    expect(items('search', '材料').map((item) => item.text)).not.toContain('材料');
  });

  it("given a part's block asked for, then that block is listed, in order, cited under its label", () => {
    const block = items('ask', '玉米冬瓜汤的做法');
    expect(block.map((item) => item.text)).toEqual(['1. 玉米切段煮二十分钟。', '2. 下冬瓜再煮十分钟，加盐出锅。']);
    expect(block[0]?.citation).toContain('2. 玉米冬瓜汤 › 做法');
  });

  it("given a question about a part's block, then that block's lines rank first", () => {
    const top = items('ask', '玉米冬瓜汤的做法里冬瓜煮多久').slice(0, 2);
    expect(top.map((item) => item.citation)).toEqual([
      expect.stringContaining('2. 玉米冬瓜汤 › 做法'),
      expect.stringContaining('2. 玉米冬瓜汤 › 做法'),
    ]);
  });

  it('given a question of single characters naming the label (做法里要煮多久), then the lines of its blocks writing them', () => {
    expect(items('ask', '做法里要煮多久').map((item) => item.text)).toEqual(['1. 玉米切段煮二十分钟。', '2. 下冬瓜再煮十分钟，加盐出锅。']);
    expect(items('ask', '材料里有盐吗')).toEqual([]);
  });

  it('given a part listed whole, then its lines are in the order written, the tip after the blocks', () => {
    const texts = items('ask', '玉米冬瓜汤那部分讲了什么').map((item) => item.text);
    expect(texts).toEqual([
      '甜玉米 2根',
      '冬瓜 300g',
      '1. 玉米切段煮二十分钟。',
      '2. 下冬瓜再煮十分钟，加盐出锅。',
      '提示：冬瓜带皮煮更清甜。',
    ]);
  });

  it('given notes after the rule closing the last part, then they are no part of it', () => {
    const note = items('search', '红枣')[0];
    expect(note?.text).toBe('阿青：排骨汤加两颗红枣也好喝。');
    expect(note?.citation).not.toContain('玉米冬瓜汤');
  });
});
