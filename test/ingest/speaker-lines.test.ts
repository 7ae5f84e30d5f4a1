import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/core/reading-order.js';
import type { DocumentMeta } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';

// Real documents: the genre-6 press conference (turns under `**何文涛：**` lines), its travel diary
// (a postcard quoted on a line of its own) and texts with labelled lines that are no transcript.
const DIR = 'eval/genre6-corpus';
function ingest(dir: string, name: string, extension: string) {
  const meta = JSON.parse(readFileSync(`${dir}/${name}.meta.json`, 'utf8')) as DocumentMeta;
  return ingestDocument({ ...meta, file: `${name}.${extension}` }, readFileSync(`${dir}/${name}.${extension}`, 'utf8'));
}

describe('a transcript’s turns under their speakers’ names', () => {
  const doc = ingest(DIR, '临川市新闻发布会实录-中欧班列五周年', 'md');
  const order = readingOrder(doc);
  const said = (turn: { from: number; to: number }) => order.slice(turn.from - 1, turn.to - 1).map((s) => s.passage.text);

  it('given the press conference, then each name line opens a turn running to the next name', () => {
    expect(doc.turns?.map((t) => t.speaker)).toEqual([
      '主持人 钱远',
      '赵立群',
      '临川日报记者',
      '何文涛',
      '新华社记者',
      '何文涛',
      '鳳凰衛視記者',
      '苏晓梅',
      '路透社记者（英文提问，现场翻译）',
      '赵立群',
      '临川广播电视台记者',
      '何文涛',
      '主持人 钱远',
    ]);
    const answer = said(doc.turns![3]!);
    expect(answer[0]).toBe('何文涛： 是的。');
    expect(answer[answer.length - 1]).toMatch(/^提速主要靠两点/u);
  });

  it('given a label over a list (发布人： / - …), then no turn: its lines are fields', () => {
    expect(doc.turns?.some((t) => t.speaker === '发布人')).toBe(false);
  });

  it('given documents whose lines end in a colon without being a transcript, then no turns', () => {
    expect(ingest(DIR, '社区共享冰箱与家庭食物浪费-论文', 'md').turns).toBeUndefined();
    expect(ingest(DIR, '云栖茶业-汉堡客户样品邮件往来', 'txt').turns).toBeUndefined();
  });
});

describe('a quoted text on a line of its own', () => {
  it('given the diary’s postcard closing with 敬上」, then the next line is a passage of its own', () => {
    const texts = ingest(DIR, '阿树的葡萄牙日记-2025国庆', 'txt').passages.map((p) => p.text);
    const postcard = texts.find((t) => t.includes('孫女 小樹 敬上'));
    expect(postcard).toMatch(/敬上」$/u);
    expect(texts.some((t) => t.startsWith('晚上房东Inês听说是中国的节日'))).toBe(true);
  });
});
