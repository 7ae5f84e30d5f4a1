import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { answerOverFiles } from '../support/answer-over.js';

// Labelled lines among others in a paragraph (a transcript's header, a notice's 编制：/ 生效日期：,
// a post's 最后更新：) and a transcript's turns: each a passage, not one glued to its neighbours.

const meta: DocumentMeta = { id: 'talk', title: '山风电台访谈', kind: 'plain' };
const texts = (source: string) => ingestDocument(meta, source).passages.map((p) => p.text);

const HEADER = [
  '《山风电台》 第5期 文字稿',
  '标题：守林人的一年四季',
  '嘉宾：赵青山（青松林场护林员，工龄12年）',
  '主持人：阿木',
  '录制时间：2024年9月3日',
  '文字稿由听众整理，时间码对应完整版音频。',
];
const TRANSCRIPT = [
  ...HEADER,
  '',
  '[00:00:05] 阿木：欢迎收听，今天请到了护林员赵青山。',
  '[00:00:12] 赵青山：大家好。巡山一趟要走四个小时，早上六点出发。[笑]',
  '[00:01:30] 阿木：夜里也要巡山吗？',
  '[00:01:34] 赵青山：防火期要，两个人一组。',
].join('\n');

describe('labelled lines in a paragraph', () => {
  it('given a header of labelled lines between a title line and a note, then each is a passage of its own', () => {
    expect(texts(TRANSCRIPT).slice(0, 6)).toEqual(HEADER);
  });

  it("given a transcript's turns, then a turn's closing [笑] stays with its sentence, not glued to the next turn", () => {
    const all = texts(TRANSCRIPT);
    expect(all).toContain('巡山一趟要走四个小时，早上六点出发。[笑]');
    expect(all).toContain('[00:01:30] 阿木：夜里也要巡山吗？');
  });

  it('given two labelled lines over a note, or a greeting over a dated label, then the labelled lines stand apart', () => {
    expect(texts('编制：行政部\n生效日期：2024年1月1日\n（本制度替代旧版，旧版同时作废。）')).toEqual([
      '编制：行政部',
      '生效日期：2024年1月1日',
      '（本制度替代旧版，旧版同时作废。）',
    ]);
    expect(texts('有问题在群里问我～\n最后更新：2024.05.06')).toEqual(['有问题在群里问我～', '最后更新：2024.05.06']);
  });

  it('given a label inside wrapped prose, or a question with its answer, then they are read together as before', () => {
    expect(texts('问：几点开门\n答：早上八点')).toEqual(['问：几点开门 答：早上八点']);
    expect(texts('会议上，他在总结发言时再次\n强调：要按时完成任务。')).toEqual(['会议上，他在总结发言时再次强调：要按时完成任务。']);
  });
});

const engine = answerOverFiles('labelled-lines', {
  'talk.txt': TRANSCRIPT,
  'talk.meta.json': JSON.stringify({ id: 'talk', title: '山风电台第5期文字稿', kind: 'plain' }),
});

describe('asked about a header line', () => {
  it('given a question about the guest, then the guest line alone answers first', () => {
    const first = engine.answer({ command: 'ask', query: '嘉宾是谁' }).items[0];
    expect(first?.text).toBe('嘉宾：赵青山（青松林场护林员，工龄12年）');
  });
});

describe('labels opening with a figure', () => {
  it("given a dosage table's rows named by age (6～12岁儿童：), then each row is a passage, not joined to the next", () => {
    const rows = ['12岁以上：一次2粒，一日3次', '6～12岁儿童：一次1粒，一日2次', '3岁以下婴幼儿：遵医嘱', '肝功能不全者：减半服用'];
    expect(texts(['用量如下：', ...rows].join('\n'))).toEqual(['用量如下：', ...rows]);
  });
});
