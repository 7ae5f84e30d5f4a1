import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A setting wiki numbers its parts (## 3. 势力): a reader names a part by its heading's words
// (势力那一节, 雾港城的势力部分) and asks for what a heading holds (港城有哪些冒险钩子).

const engine = answerOverFiles('heading-asked', {
  'harbor.md': [
    '# 雾港城',
    '雾港城是东岸最大的自由港。',
    '## 1. 历史',
    '建城于潮历元年。',
    '## 2. 势力',
    '### 灯塔议会',
    '港城的最高权力机构，由十三名议员组成。',
    '### 灰帆会',
    '表面上是水手互助组织，实际控制着走私生意。',
    '## 3. 冒险钩子',
    '1. 熄灭的灯塔：第九号灯塔连续三晚无故熄灭。',
    '2. 雾中的歌声：雾底区有孩子失踪。',
    '## 4. 气候',
    '每天清晨几乎必有浓雾，大部分船只推迟出港。',
  ].join('\n\n'),
  'harbor.meta.json': JSON.stringify({ id: 'harbor', title: '雾港城', aliases: ['雾港城设定'] }),
  'notes.md': ['# 课程笔记', '## 三、势力与权力', '本章讨论城市里的权力结构。'].join('\n\n'),
});

const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 20 });

describe('a part named by its heading without its number', () => {
  it.each(['势力那一节讲了什么', '势力这一章说了什么', '雾港城的势力部分讲了什么'])(
    'given "%s", then the part 2. 势力, in order',
    (query) => {
      const answer = ask(query);
      expect(answer.message).toMatch(/^“2\. 势力”共 2 句/u);
      expect(answer.items.map((i) => i.text)).toEqual([
        '港城的最高权力机构，由十三名议员组成。',
        '表面上是水手互助组织，实际控制着走私生意。',
      ]);
    },
  );
});

describe('"which" questions asking for what a heading holds', () => {
  it.each(['港城有哪些冒险钩子', '冒险钩子有哪些？', '雾港城的冒险钩子有哪些'])('given "%s", then the part 3. 冒险钩子', (query) => {
    const answer = ask(query);
    expect(answer.message).toMatch(/^“3\. 冒险钩子”共 2 句/u);
    expect(answer.items).toHaveLength(2);
  });

  it.each(['孙梅有哪些冒险钩子', '哪些冒险钩子和灯塔有关'])(
    'given "%s" (asking more than the heading), then sentences are ranked',
    (query) => {
      expect(ask(query).message ?? '').not.toMatch(/共 \d+ 句/u);
    },
  );
});
