import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// Documents numbering their parts in different styles (3. 势力, 三、教学进度, 第三章 雨夜): a part asked
// for in one document's words (第三章) is that document's; the others' third parts only when no
// heading writes it so.

const engine = answerOverFiles('part-unit', {
  'wiki.md': ['# 港城', '## 1. 历史', '建城于元年。', '## 2. 城区', '港城分为五个城区。', '## 3. 势力', '议会由十三名议员组成。'].join(
    '\n\n',
  ),
  'syllabus.md': ['# 课程大纲', '## 一、简介', '本课程讲数据可视化。', '## 二、时间', '每周二上课。', '## 三、进度', '第一周讲导论。'].join(
    '\n\n',
  ),
  'story.txt': '雨夜\n\n第一章 书店\n\n雨下了一整夜。\n\n第二章 来客\n\n有人敲门。\n\n第三章 旧书\n\n他翻开了那本旧书。\n',
});

const texts = (query: string) => engine.answer({ command: 'ask', query, pageSize: 50 }).items.map((i) => i.text);

describe('a part asked for by number and unit', () => {
  it.each(['第三章讲了什么', '第3章讲了什么'])('given "%s", then the chapter a heading writes so, alone', (query) => {
    expect(texts(query)).toEqual(['他翻开了那本旧书。']);
  });

  it('given 第三部分, which no heading writes, then every document third part', () => {
    expect(texts('第三部分讲了什么').sort()).toEqual(['议会由十三名议员组成。', '第一周讲导论。', '他翻开了那本旧书。'].sort());
  });
});
