import { describe, expect, it } from 'vitest';
import { definedTerm, definesTerm } from '../../src/answer/definition-question.js';
import { engineOver } from '../support/temp-corpus.js';

const LEASE = [
  '房屋租赁合同',
  '出租方（以下简称甲方）：王建国',
  '承租方（以下简称乙方）：李小红',
  '第一条 甲方将其房屋出租给乙方居住，甲方保证房屋权属清楚。',
  '第二条 乙方应按月向甲方支付租金，甲方收款后出具收据。',
  '第三条 乙方逾期支付租金的，甲方有权解除合同，甲方不退还押金。',
  '第四条 房屋维修由甲方负责，甲方应在接到通知后三日内维修。',
  '第五条 本合同所称押金，是指乙方为担保履约向甲方交付的款项。',
  '甲方（签字）：王建国      乙方（签字）：李小红',
].join('\n');

describe('definition questions', () => {
  it('given a question asking who or what a term is, then the term; other questions none', () => {
    expect(definedTerm('甲方是谁？')).toBe('甲方');
    expect(definedTerm('乙方叫什么名字')).toBe('乙方');
    expect(definedTerm('什么是押金')).toBe('押金');
    expect(definedTerm('甲方是誰')).toBe('甲方');
    expect(definedTerm('押金什么时候退')).toBeNull();
  });

  it('given sentences, then those naming something as short for the term, saying what it means, or labelled by it define it', () => {
    const defines = definesTerm('甲方');
    expect(defines('出租方（以下简称甲方）：王建国')).toBe(true);
    expect(defines('甲方：王建国')).toBe(true);
    expect(defines('乙方应按月向甲方支付租金。')).toBe(false);
    expect(definesTerm('押金')('本合同所称押金，是指乙方为担保履约向甲方交付的款项。')).toBe(true);
  });

  it('given a contract whose clauses name a party again and again, then /ask asking who the party is lists its definition first', async () => {
    const engine = await engineOver('definition', { 'lease.txt': LEASE });
    expect(engine.answer({ command: 'ask', query: '甲方是谁' }).items[0]?.text).toContain('以下简称甲方');
    expect(engine.answer({ command: 'ask', query: '什么是押金' }).items[0]?.text).toContain('押金，是指');
    // A question about what the party does is ranked as before.
    expect(engine.answer({ command: 'ask', query: '甲方什么时候维修' }).items[0]?.text).not.toContain('以下简称');
  });
});
