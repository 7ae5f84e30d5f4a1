import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { joinLines } from '../../src/ingest/wrapped-lines.js';

const meta = { id: 'notes', title: '社区笔记', kind: 'plain' as const };
const sentences = (text: string) => ingestDocument(meta, text).passages.map((p) => p.text);

describe('lines meant apart, in a plain text', () => {
  it('given labels and their values on lines of their own, then the line breaks are kept as spaces, not run together', () => {
    expect(sentences('地址\n北京市海淀区中关村大街1号\n电话\n010-12345678\n负责人\n王芳\n')).toEqual([
      '地址 北京市海淀区中关村大街1号 电话 010-12345678 负责人 王芳',
    ]);
  });

  it('given a question and its answer without punctuation, or short lines of verse, then each line break a space', () => {
    expect(sentences('问：怎么修改昵称\n答：在服务器设置里点击个人资料即可修改')).toEqual([
      '问：怎么修改昵称 答：在服务器设置里点击个人资料即可修改',
    ]);
    expect(sentences('春天来了\n花儿开了\n我们在频道里相聚\n分享彼此的快乐')).toEqual([
      '春天来了 花儿开了 我们在频道里相聚 分享彼此的快乐',
    ]);
  });

  it('given prose wrapped at a column, then a sentence across lines is joined without a space, a short closing line too', () => {
    expect(sentences('社区工作人员应当依照本条例的有关\n规定向居民发放口罩和消毒用品并\n做好登记。\n')).toEqual([
      '社区工作人员应当依照本条例的有关规定向居民发放口罩和消毒用品并做好登记。',
    ]);
    // A note on a short line of its own after wrapped prose stays apart from it.
    expect(sentences('这是一个很长的句子被编辑器折行了这是一个很长的句\n子被编辑器折行了。\n注：见附件')).toEqual([
      '这是一个很长的句子被编辑器折行了这是一个很长的句子被编辑器折行了。',
      '注：见附件',
    ]);
  });
});

describe('lines meant apart beside wrapped ones', () => {
  it('given labelled lines of like width (时间：…, 地点：…), then each is a piece of its own, not run on', () => {
    expect(sentences('时间：2021年6月12日下午三点\n地点：学生活动中心二楼会议室\n')).toEqual([
      '时间：2021年6月12日下午三点',
      '地点：学生活动中心二楼会议室',
    ]);
  });

  it('given wrapped prose with a URL on a line of its own, then the prose is still joined without spaces', () => {
    const text = [
      '中国政府始终本着公开透明负责任的态度及时通报疫',
      '情信息，积极推动构建人类卫生健康共同体，同世界',
      '卫生组织和各国分享防控经验。',
      'https://example.org/a/very/long/path/to/the/report/of/the/state/council/information/office/page.html',
    ].join('\n');
    expect(sentences(text)[0]).toBe(
      '中国政府始终本着公开透明负责任的态度及时通报疫情信息，积极推动构建人类卫生健康共同体，同世界卫生组织和各国分享防控经验。',
    );
  });
});

describe('short items, and labels inside prose', () => {
  it('given short items before one long line, then each break a space (the long line is no outlier of a column)', () => {
    expect(sentences('口罩\n酒精\n手套\n以上物资请各班级于本周五前到后勤处领取并登记数量')).toEqual([
      '口罩 酒精 手套 以上物资请各班级于本周五前到后勤处领取并登记数量',
    ]);
  });

  it('given a wrapped line opening with 强调： inside prose, then joined as prose (one label is no list of labels)', () => {
    expect(sentences('会议由主任主持，他在会上总结了上半年的工作。他\n强调：经过全体同事的共同努力，各项工作都取得了\n明显进展。')).toEqual(
      ['会议由主任主持，他在会上总结了上半年的工作。', '他强调：经过全体同事的共同努力，各项工作都取得了明显进展。'],
    );
  });

  it('given a wrapped line opening with a character beyond the BMP, then joined without a space', () => {
    // After a line ending in Latin letters, only the next line's first character says it is Chinese.
    expect(joinLines(['Report ABCDEFGHIJKLMNO', '𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀'])).toBe('Report ABCDEFGHIJKLMNO𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀');
  });
});

describe('joinLines', () => {
  // What joinLines did before it read line breaks meant apart (and before it stopped reading the text joined so far: quadratic in lines).
  const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  const joinedAsBefore = (lines: readonly string[]) =>
    lines.reduce((acc, line) => (acc === '' ? line : acc + (CJK.test(acc.slice(-1)) || CJK.test(line.charAt(0)) ? '' : ' ') + line), '');
  const piece = fc.constantFrom('疫情', 'word', '', ' ', '。', '，', '𠮷', '😀', '\ud842', 'a', '１', '「');
  const line = fc.array(piece, { maxLength: 3 }).map((p) => p.join(''));

  it('given any lines (Chinese, Latin, empty, emoji, lone surrogates), then every character kept in order, breaks at most a space', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        expect(joinLines(lines).replaceAll(' ', '')).toBe(joinedAsBefore(lines).replaceAll(' ', ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('given lines all as wide (prose wrapped at a column), then joined as wrapped prose always was', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('疫情', '合作', 'word', 'data', '１２', '。。'), { maxLength: 8 }), (lines) => {
        expect(joinLines(lines)).toBe(joinedAsBefore(lines));
      }),
      { numRuns: 1000 },
    );
  });

  it('given wrapped lines of characters beyond the BMP (𠀀), then joined without a space, as Chinese is', () => {
    expect(joinLines(['𠀀𠀀𠀀𠀀', '𠀀𠀀𠀀𠀀'])).toBe('𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀');
  });

  it('given a paragraph of 200,000 lines, then joined at once (no call with a line per argument)', () => {
    expect(joinLines(Array.from({ length: 200_000 }, () => '疫情')).length).toBe(400_000);
  });
});

describe('a heading line whose fields are set apart by spaces', () => {
  it('given the travel diary read without a year (no diary days), then 10月6日 周一 农历八月十五 中秋 stands apart from its first sentence', () => {
    // Its first two lines (title and note) left out: no year is read from them, so its day lines are read as the paragraph's lines.
    const text = readFileSync('eval/genre6-corpus/阿树的葡萄牙日记-2025国庆.txt', 'utf8').split('\n').slice(2).join('\n');
    const texts = ingestDocument({ id: 'diary', title: '旅行日记', kind: 'plain', file: 'diary.txt' }, text).passages.map((p) => p.text);
    expect(texts).toContain('10月6日 周一 农历八月十五 中秋');
    expect(texts).toContain('在异国过中秋。');
  });
});
