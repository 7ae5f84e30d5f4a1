import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';

// A question in the asker's own words (骗子, 法院: words the documents never write) is answered
// by the sentences writing the corpus's near words for them (违法犯罪, 依法, 司法), where before it
// found nothing; a question about what the documents do not cover still finds nothing (the guard:
// an unseen word that carries much of the question, 球迷 or 房东, whose nearest corpus words are
// weak, leaves too much of it unheld for their sentences to answer it).

const engine = answerOver();

describe('/ask through near words', () => {
  it('given a question none of whose informative words the documents write, then the sentence saying it in their words answers it', () => {
    const answer = engine.ask('骗子趁机骗钱，法院管不管？');
    expect(answer.items.length).toBeGreaterThan(0);
    // The white paper's rule-of-law sentence: 依法 (near 法院) and 违法犯罪 (the documents' word for what a 骗子 does).
    expect(answer.items[0]!.text).toContain('依法惩治违法犯罪');
  });

  // Without the guard (UNHELD_AT_MOST), 球迷 listed five sentences about globalisation and 房东 one about rent relief.
  it.each(['球迷能去看比赛吗？', '房东让我搬走警察管吗？'])(
    'given %s, whose unseen words have only weak near words in the documents, then it still finds nothing',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.items).toEqual([]);
      expect(answer.message).toContain('没有找到');
    },
  );
});
