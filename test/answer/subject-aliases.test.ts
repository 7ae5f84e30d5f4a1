import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { GAZETTEER_FILES } from '../support/gazetteer-entry.js';

// A document's alias that is its subject (a gazetteer entry on 永宁塔, called 永宁塔) is who or
// what a question asks about: it names the document and is ranked as a word, where it was only
// taken out of the question as the document's name, leaving nothing to rank.

const engine = answerOverFiles('subject-aliases', GAZETTEER_FILES);

const texts = (query: string) => engine.answer({ command: 'ask', query }).items.map((item) => item.text);

describe('a question about the thing a document is named by', () => {
  it('given where it is, then the sentences placing it, original and translation, first', () => {
    expect(texts('永宁塔在哪里').slice(0, 2).sort()).toEqual([
      '永宁塔位于县城东边三里，靠近青溪岸边。',
      '永寧塔，在縣東三里，臨青溪之濱。',
    ]);
    expect(texts('永寧塔在哪裡').slice(0, 2)).toContain('永寧塔，在縣東三里，臨青溪之濱。');
  });

  it('given who built it, then the sentences about it, its builder among the first', () => {
    expect(texts('永宁塔是谁建的').slice(0, 5)).toContain('最初是一座土台，是宋代淳熙年间僧人智圆修筑的，后来渐渐倒塌。');
  });
});
