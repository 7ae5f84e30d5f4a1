import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { chronicleFiles } from '../support/temp-corpus.js';

// /date of a day no entry has, over chronicles of two years whose spans have gaps: the message
// says which chronicle's span the day lies in, whichever year that is. Own corpus and process.

const engine = answerOverFiles('date-spans', {
  ...chronicleFiles('jia', 2020, '甲纪实\n\n3月8日\n◆甲社开会。\n\n3月9日\n◆甲社出游。\n'),
  ...chronicleFiles('yi', 2021, '乙纪实\n\n5月1日\n◆乙社开会。\n\n5月9日\n◆乙社出游。\n'),
});

describe('/date of a day in a gap of another year’s chronicle', () => {
  it('given 5月3日 without a year, then it is said to lie in 乙’s span (2021), though read in 2020', () => {
    const answer = engine.answer({ command: 'date', query: '5月3日' });
    expect(answer.total).toBe(0);
    expect(answer.message).toContain('在《yi》的期间内');
  });

  it('given 2020年5月3日, then no chronicle’s span holds it', () => {
    expect(engine.answer({ command: 'date', query: '2020年5月3日' }).message).not.toContain('期间内');
  });
});
