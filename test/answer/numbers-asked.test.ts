import { beforeAll, describe, expect, it } from 'vitest';
import { numbersAsked } from '../../src/answer/numbers-asked.js';
import type { Engine } from '../../src/core/engine-api.js';
import type { PassageIndex } from '../../src/index/passage-index.js';
import { engineOver } from '../support/temp-corpus.js';

describe('numbersAsked', () => {
  const index = { frequency: () => 1, idf: () => 1 } as unknown as PassageIndex;
  const share = numbersAsked(index, '潮历283年，1243次', ['潮历', '283', '年', '1243'])!;
  it.each([
    ['潮历 283 年：起义。', 0.5],
    ['首周下载量 1,243 次，潮历283年。', 1],
    ['潮历 1283 年，2830 人，28.3 米。', 0],
  ])('given "%s", then %s', (text, expected) => {
    expect(share(text)).toBe(expected);
  });

  it('given a question writing no number, then null', () => {
    expect(numbersAsked(index, '潮历元年', ['潮历', '元年'])).toBeNull();
  });

  it('given a number written as a day (17号), then it is no number asked', () => {
    expect(numbersAsked(index, '17号那场发布会', ['17', '发布会'])).toBeNull();
  });
});

// A wiki's history rows, each a year of its own calendar: the row writing the year asked answers,
// though other rows share more of the question's words (城中).
let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('numbers-asked', {
    'harbor.md': [
      '# 港城',
      '港城是东岸最大的自由港，以终年不散的晨雾和灯塔闻名。',
      '## 1. 历史',
      '- **潮历 1 年**：渔民首领在海湾北岸立起第一座灯塔，后人以此为建城之年。',
      '- **潮历 212 年**：港城遭遇大事，北方的帝国占领了城市，城中居民被迫迁往雾底。',
      '- **潮历 283 年**：「七灯之夜」起义，赶走了守军。',
      '- **潮历 409 年**：城中大雾持续不散，港城的粮食一度告急。',
      '## 2. 气候',
      '秋季风暴多发，港口会挂出红色灯笼警示船只不要出海。',
    ].join('\n\n'),
  });
});

describe('a number the question writes whole', () => {
  it.each(['潮历283年发生了什么', '潮历283年城中发生了什么'])('given "%s", then the row writing 283 first', (query) => {
    expect(engine.answer({ command: 'ask', query }).items[0]?.text).toMatch(/^潮历 283 年/u);
  });
});
