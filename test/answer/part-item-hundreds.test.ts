import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../src/text/chinese-numerals.js';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// A long list: items numbered past 99 (第一百项, 第102项), which a question could not name when
// numbers were read up to 九十九 only; beside a rule book whose clauses (第一百条…) share the words.

const KINDS = ['图书', '期刊', '地图', '画册', '档案', '手稿'];
/** A library's donation register: a part of 120 numbered items among its labelled parts. */
const REGISTER = [
  '青禾图书馆捐赠登记表',
  '',
  '【捐赠说明】',
  '以下物品均已入库登记。',
  '',
  '【捐赠清单】',
  ...Array.from({ length: 120 }, (_, i) => `${i + 1}. ${KINDS[i % KINDS.length]}一批，编号QH-${String(i + 1).padStart(3, '0')}。`),
  '',
  '【联系方式】',
  '如有疑问请联系流通部。',
];
/** A rule book of 105 clauses, written as rule books write them (第一百零二条 …). */
const RULES = [
  '青禾社区管理规约',
  '',
  ...Array.from({ length: 105 }, (_, i) => `第${chineseNumeral(i + 1)}条 本规约第${i + 1}项规定由业主大会负责解释。`),
];

describe('an item numbered past 99', () => {
  const engine = answerOverFiles('part-item-hundreds', {
    ...plainFiles('register', '青禾图书馆捐赠登记表', REGISTER.join('\n')),
    ...plainFiles('rules', '青禾社区管理规约', RULES.join('\n')),
  });
  const texts = (query: string) => engine.answer({ command: 'ask', query, pageSize: 10 }).items.map((item) => item.text);

  it('given 第一百项 or 第102项 of a part, then that item', () => {
    expect(texts('捐赠清单第一百项')).toEqual(['100. 画册一批，编号QH-100。']);
    expect(texts('捐赠清单第102项')).toEqual(['102. 手稿一批，编号QH-102。']);
    expect(texts('捐赠清单第一百一十项')).toEqual(['110. 期刊一批，编号QH-110。']);
  });
});
