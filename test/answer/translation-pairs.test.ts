import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { GAZETTEER_FILES } from '../support/gazetteer-entry.js';

// A text given with its translation (a gazetteer's 原文 and 译文): each sentence paired with the
// sentences rendering it, by their order and what they share (names, numbers, characters), so
// that /context of a classical sentence shows its translation (and the notes it calls), and a
// question asking what it means reaches the translation.

const engine = answerOverFiles('translation-pairs', GAZETTEER_FILES);

const idOf = (text: string) => {
  const found = engine.answer({ command: 'search', query: `"${text}"` }).items.find((item) => item.text === text);
  if (!found) throw new Error(`no sentence ${text}`);
  return found.id;
};
const grouped = (id: string) =>
  engine
    .answer({ command: 'context', query: id })
    .items.filter((item) => !['本句', '上下文'].includes(item.group ?? ''))
    .map((item) => [item.group, item.text]);

describe('/context of a sentence of a text given with its translation', () => {
  it('given an original sentence, then its translation and the note its mark calls after its neighbours', () => {
    expect(grouped(idOf('初為土臺，宋淳熙間僧人智圓所築，後漸頹①。'))).toEqual([
      ['译文', '最初是一座土台，是宋代淳熙年间僧人智圆修筑的，后来渐渐倒塌。'],
      ['注释', '① 頹（tuí）：倒塌，败坏。'],
      ['注释', '“後漸頹”意为后来渐渐倒塌。'],
    ]);
  });

  it('given an original sentence the translation renders in two, then both', () => {
    expect(grouped(idOf('康熙十八年地震，塔頂傾側，僧人募修②。')).filter(([group]) => group === '译文')).toEqual([
      ['译文', '康熙十八年（1679年）发生地震。'],
      ['译文', '塔顶倾斜了，僧人募集钱财加以修缮。'],
    ]);
  });

  it('given a translation sentence, then its original; a sentence of no such text gets nothing more', () => {
    expect(grouped(idOf('每年元宵节，塔上点灯，远近的人都来观看。'))).toEqual([['原文', '每歲元宵，塔上燃燈，遠近來觀。']]);
    expect(grouped(idOf('租期三年，月租金八千元。'))).toEqual([]);
  });
});

describe('a question asking what an original sentence means', () => {
  it.each(['塔上燃燈什么意思', '每岁元宵塔上燃灯翻译成白话'])('given %s, then its translation first, then the sentence', (question) => {
    const texts = engine.answer({ command: 'ask', query: question }).items.map((item) => item.text);
    expect(texts.slice(0, 2)).toEqual(['每年元宵节，塔上点灯，远近的人都来观看。', '每歲元宵，塔上燃燈，遠近來觀。']);
  });
});
