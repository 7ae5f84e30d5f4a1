import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// An age is asked (多大年纪, 几岁) and answered by a birth date: a party's line gives it, among many
// sentences that merely name the party, and most of them hold figures.

const RULING = [
  '原告：孙立平，男，1975年9月2日出生，住青禾市南湖区。',
  '被告：周晓燕，女，1988年4月16日出生，住青禾市东城区。',
  '被告于2024年1月借款30,000元，约定三个月内归还。',
  '被告仅归还5,000元，余款至今未还。',
  '被告称其已于2024年5月另行归还现金10,000元，但未提交证据。',
  '被告应于本判决生效之日起十日内归还借款25,000元。',
  '案件受理费200元，由被告负担。',
  '被告如未按期履行，应加倍支付迟延履行期间的债务利息。',
];

const NOTICE = [
  '青禾市图书馆将于下月起延长周末开放时间。',
  '新馆三楼设有儿童阅览区和自习室。',
  '读者凭身份证即可免费办理借书证。',
  '每张借书证最多可同时借阅十册图书。',
  '逾期未还的图书每天收取滞纳金两角。',
  '馆内禁止饮食和大声喧哗。',
];

describe('a question asking an age', () => {
  const engine = answerOverFiles('age-question', {
    ...plainFiles('loan', '孙立平与周晓燕民间借贷纠纷民事判决书', RULING.join('\n\n')),
    ...plainFiles('library', '图书馆通知', NOTICE.join('\n\n')),
  });

  it('given 多大年纪 or 年龄 of a party, then its birth-date line is among the first two', () => {
    for (const query of ['被告多大年纪', '被告的年龄']) {
      const texts = engine.answer({ command: 'ask', query, pageSize: 10 }).items.map((item) => item.text);
      expect(texts.slice(0, 2)).toContain(RULING[1]);
    }
  });
});
