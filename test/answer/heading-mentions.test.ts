import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { markdownFiles } from '../support/temp-corpus.js';

// A word written only in headings (a recipe's 步骤, 目录) or, besides them, only in lines that are
// labels (步骤：) found nothing to read: /ask says where it is written, as /search does. Own corpus
// and process (one jieba dictionary per process).

const engine = answerOverFiles('heading-mentions', {
  'notes.txt': ['厨房笔记', '', '做菜之前先把东西备齐。', '', '步骤：', '', '先开小火，油热了再下锅。'].join('\n'),
  ...markdownFiles('recipes', '家常菜谱', 2025, [
    '# 家常菜谱',
    '',
    '## 番茄炒蛋',
    '',
    '### 用料（两人份）',
    '',
    '番茄两个，鸡蛋三个。',
    '',
    '### 步骤',
    '',
    '番茄切块，鸡蛋打散。',
    '先炒蛋盛出，再炒番茄，最后一起翻匀。',
  ]),
});

const answer = (command: 'ask' | 'search', query: string) => engine.answer({ command, query });

describe('a word written only in headings', () => {
  it('given /ask of it, then no sentence, and the headings writing it named, as /search names them', () => {
    const asked = answer('ask', '两人份');
    expect(asked.items).toEqual([]);
    expect(asked.message).toMatch(/“两人份”只写在标题或章节名中：《家常菜谱》的「用料（两人份）」/u);
    expect(answer('search', '两人份').message).toMatch(/“两人份”只写在标题或章节名中：《家常菜谱》的「用料（两人份）」/u);
  });

  it('given /ask of a whole heading, then the part it heads, not the hint', () => {
    const asked = answer('ask', '用料');
    expect(asked.items.map((i) => i.text)).toEqual(['番茄两个，鸡蛋三个。']);
    expect(asked.message).not.toMatch(/只写在标题/u);
  });

  it('given /search of a word the headings and only a label line write, then the label, and the headings named', () => {
    const searched = answer('search', '步骤');
    expect(searched.items.map((i) => i.text)).toEqual(['步骤：']);
    expect(searched.message).toMatch(/“步骤”只写在标题或章节名中：《家常菜谱》的「步骤」/u);
  });
});
