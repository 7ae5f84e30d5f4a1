import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { answerOverFiles } from '../support/answer-over.js';

// A package insert heads its parts with 【】 labels, alone over their lines or with a value after them.

const INSERT = [
  '清咽薄荷含片说明书',
  '请仔细阅读说明书并按说明使用',
  '',
  '【药品名称】',
  '通用名称：清咽薄荷含片',
  '汉语拼音：Qingyan Bohe Hanpian',
  '',
  '【成份】薄荷脑、甘草浸膏。辅料为蔗糖、硬脂酸镁。',
  '',
  '【用法用量】',
  '含服。',
  '成人：一次2片，一日4次。',
  '',
  '儿童用量请咨询医师。',
  '',
  '【不良反应】',
  '偶见以下情况：',
  '- 口舌麻木',
  '- 轻度腹泻',
  '',
  '【禁忌】',
  '1. 糖尿病患者禁用。',
  '2. 对薄荷过敏者禁用。',
  '',
  '【有效期】18个月',
  '【批准文号】国药准字Z00000000',
].join('\n');

const meta: DocumentMeta = { id: 'lozenge', title: '清咽薄荷含片说明书', shortTitle: '含片说明书', kind: 'plain' };

describe('parts headed by 【】 labels', () => {
  const doc = ingestDocument(meta, INSERT);
  const sectionOf = (text: string) => doc.passages.find((p) => p.text === text)?.section;

  it('given labels alone on their lines, then each heads its lines, blank lines inside and all, and is no sentence itself', () => {
    expect(sectionOf('成人：一次2片，一日4次。')).toEqual(['用法用量']);
    expect(sectionOf('儿童用量请咨询医师。')).toEqual(['用法用量']);
    expect(sectionOf('轻度腹泻')).toEqual(['不良反应']);
    expect(sectionOf('2. 对薄荷过敏者禁用。')).toEqual(['禁忌']);
    expect(doc.passages.some((p) => p.text === '【用法用量】' || p.text.startsWith('【不良反应】'))).toBe(false);
  });

  it('given a label with its value on the same line, then that line is its part, a sentence as written', () => {
    expect(sectionOf('【有效期】18个月')).toEqual(['有效期']);
    expect(sectionOf('【批准文号】国药准字Z00000000')).toEqual(['批准文号']);
    expect(sectionOf('【成份】薄荷脑、甘草浸膏。')).toEqual(['成份']);
    expect(sectionOf('辅料为蔗糖、硬脂酸镁。')).toEqual(['成份']);
  });

  it('given one label opening a line among clauses (a remark), then it heads nothing and stays in its clause', () => {
    const handbook = ingestDocument(
      { id: 'rules', title: '规则', kind: 'plain' },
      '第一条 会员每年缴费一次。\n【2025修订】原第二条已删除。\n第二条 会费为每年100元。',
    );
    expect(handbook.sections.map((s) => s.path)).toEqual([['第一条'], ['第二条']]);
    expect(handbook.passages.find((p) => p.text === '【2025修订】原第二条已删除。')?.section).toEqual(['第一条']);
  });
});

describe('asking about a labelled part', () => {
  const engine = answerOverFiles('bracket-labels', {
    'lozenge.txt': INSERT,
    'lozenge.meta.json': JSON.stringify({ ...meta, aliases: ['说明书'] }),
  });
  const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 20 });

  it('given the part named with or without its brackets, then its lines are listed in order', () => {
    for (const query of ['用法用量讲了什么', '【用法用量】讲了什么']) {
      expect(ask(query).items.map((item) => item.text)).toEqual(['含服。', '成人：一次2片，一日4次。', '儿童用量请咨询医师。']);
    }
  });

  it("given a part's second line, then it is cited under the part", () => {
    const item = ask('用法用量讲了什么').items[1];
    expect(item?.citation).toBe('含片说明书 · 用法用量 · 第2句');
  });

  it('given the whole document asked for, then its parts are named', () => {
    const message = ask('说明书讲了什么').message ?? '';
    expect(message).toContain('用法用量');
    expect(message).toContain('不良反应');
  });
});
