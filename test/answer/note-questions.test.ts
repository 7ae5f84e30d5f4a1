import { describe, expect, it } from 'vitest';
import { readingAsked } from '../../src/answer/reading-question.js';
import { answerOverFiles } from '../support/answer-over.js';
import { GAZETTEER_FILES } from '../support/gazetteer-entry.js';

// A gazetteer's notes part, asked by a note's circled mark (注释③: that note, all its sentences,
// as 注意事项第3条 is that item) or by how a character it glosses is read (颓字怎么读: the note
// giving its pinyin).

const engine = answerOverFiles('note-questions', GAZETTEER_FILES);

const texts = (query: string) => engine.answer({ command: 'ask', query }).items.map((item) => item.text);

describe('a note named by its circled mark', () => {
  it.each(['注释③说的是什么', '注释③', '注释第3条', '注③是什么', '③说的是什么'])(
    'given %s, then note ③ alone, all its sentences',
    (question) => {
      expect(texts(question)).toEqual(['③ 丈、尺：明清一尺约合今32厘米。', '据此折算，塔高约38米，周长约27米。']);
    },
  );

  it('given note ②, then its one line, and the message names the part', () => {
    const answer = engine.answer({ command: 'ask', query: '注释②讲了什么' });
    expect(answer.items.map((item) => item.text)).toEqual(['② 募修：募集钱财加以修缮。']);
    expect(answer.message).toBe('“二、注释”的第 2 项。');
  });
});

describe('a question asking how a character is read', () => {
  it.each(['颓字怎么读', '頹字怎麼讀', '“颓”这个字怎么念', '颓的读音是什么'])(
    'given %s, then the note glossing it in pinyin first',
    (question) => {
      expect(texts(question)[0]).toBe('① 頹（tuí）：倒塌，败坏。');
    },
  );

  it('given the characters before the asking words, then the fewest first', () => {
    expect(readingAsked('县志里颓字怎么读')).toEqual(['颓', '里颓', '志里颓', '县志里颓']);
    expect(readingAsked('颓是什么意思')).toEqual([]);
  });
});
