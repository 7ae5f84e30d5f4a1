import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// A notice dated by its 落款 in numerals, beside a chat log asking 哪天 of other things.

const NOTICE = [
  '关于暂停供暖的通知',
  '各位业主：因管网检修，本小区将于十二月二日暂停供暖一天。',
  '给您带来的不便，敬请谅解。',
  '青禾物业服务中心',
  '二〇二四年十一月二十八日',
];

const CHAT = ['有人知道哪天恢复供暖吗？', '听说是哪天通知出来就哪天开始检修。', '管网检修每年都有。'];

describe("a question asking a document's own date", () => {
  const engine = answerOverFiles('document-date', {
    ...plainFiles('notice', '关于暂停供暖的通知', NOTICE.join('\n\n'), { date: '2024-11-28', aliases: ['停暖通知'] }),
    ...plainFiles('chat', '业主群聊天', CHAT.join('\n\n')),
  });
  it('given the document named and when asked, then the line dating it, the date in the message', () => {
    for (const query of ['停暖通知是哪天发的', '停暖通知什么时候发出的']) {
      const answer = engine.ask(query);
      expect(answer.items.map((item) => item.text)).toEqual(['二〇二四年十一月二十八日']);
      expect(answer.message).toContain('2024年11月28日');
    }
  });

  it('given another word asked when, written in the document (检修) or not (恢复), then that is ranked, not its date', () => {
    for (const query of ['停暖通知里检修是哪天', '停暖通知说什么时候恢复']) {
      expect(engine.ask(query).message ?? '').not.toContain('的日期是');
    }
  });
});
