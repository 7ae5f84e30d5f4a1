import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { chronicleFiles } from '../support/temp-corpus.js';

// /date of a day no entry has names the span of days each chronicle has entries on. A server of
// many chronicles (one a month, or copies) must not get a sentence naming each of them: chronicles
// with the same span are said once, many of them by the first and their count, and only the first
// few spans are said. Own corpus and process.

const sameSpan = Array.from({ length: 6 }, (_, i) =>
  chronicleFiles(`c${i + 1}`, 2020, `第${i + 1}社纪实\n\n3月8日\n◆第${i + 1}社开会。\n\n3月10日\n◆第${i + 1}社出游。\n`),
);
// Seven more, each of its own month: more spans than a message says.
const ownSpans = Array.from({ length: 7 }, (_, i) =>
  chronicleFiles(`m${i + 1}`, 2021, `${i + 1}月纪实\n\n${i + 1}月1日\n◆${i + 1}月开会。\n\n${i + 1}月9日\n◆${i + 1}月出游。\n`),
);

const engine = answerOverFiles('chronicle-spans', Object.assign({}, ...sameSpan, ...ownSpans));

describe('/date of a day without entries, over many chronicles', () => {
  it('given six chronicles of one span, then they are said once, by the first and their count', () => {
    const message = engine.answer({ command: 'date', query: '2020年12月1日' }).message ?? '';
    expect(message).toContain('《c1》等6份文档3月8日至3月10日');
    expect(message).not.toContain('《c2》');
  });

  it('given more spans than are said, then the chronicles of the others are counted', () => {
    const message = engine.answer({ command: 'date', query: '2020年12月1日' }).message ?? '';
    // c1…c6's span, then m1…m4's: five spans said; m5, m6 and m7 counted.
    expect(message).toContain('《m4》');
    expect(message).not.toContain('《m5》');
    expect(message).toContain('另有3份文档');
  });

  it('given an English client, then the same in English', () => {
    const message = engine.answer({ command: 'date', query: 'December 1, 2020', locale: 'en' }).message ?? '';
    expect(message).toContain('c1 and 5 other documents');
    expect(message).toContain('3 more documents');
  });

  it('given a day inside the six chronicles’ span, then it is said to lie in theirs, counted too', () => {
    const message = engine.answer({ command: 'date', query: '2020年3月9日' }).message ?? '';
    expect(message).toContain('这一天在《c1》等6份文档的期间内');
    expect(message).not.toContain('《c3》');
  });
});
