import { describe, expect, it } from 'vitest';
import { answerAbout } from '../../src/answer/help.js';
import type { Services } from '../../src/core/services.js';
import type { CorpusStats } from '../../src/core/types.js';
import { plainDocument, statsOf } from '../support/corpus-stats.js';

const about = (documents: number, skipped: number) => {
  const stats: CorpusStats = {
    documents: Array.from({ length: documents }, (_, i) => ({
      id: `d${i}`,
      title: `文档${i}`,
      kind: 'plain' as const,
      passages: 2,
      sentences: 2,
      entries: 0,
      digitsStripped: false,
    })),
    passages: 2 * documents,
    sentences: 2 * documents,
    entries: 0,
    indexBuiltAt: new Date().toISOString(),
    indexFromCache: true,
    version: '0.1.0',
    skipped: Array.from({ length: skipped }, (_, i) => `已跳过 f${i}.txt：不是文本文件`),
  };
  return answerAbout({ stats, corpusChanged: () => false } as unknown as Services, { command: 'about', query: '' }).message ?? '';
};

describe('/about on a large folder', () => {
  it('given 3,000 documents and 100 files not loaded, then 30 of each are named and the rest counted', () => {
    const message = about(3000, 100);
    expect(message).toMatch(/^语料：3000篇文档/);
    expect(message.match(/《文档\d+》/g)).toHaveLength(30);
    expect(message).toContain('……另有2970篇文档未列出');
    expect(message.match(/已跳过 f\d+\.txt/g)).toHaveLength(30);
    expect(message).toContain('……其余70项见启动日志');
    expect(message.length).toBeLessThan(4000);
  });

  it('given a few documents, then every one is named and nothing said of others', () => {
    const message = about(3, 0);
    expect(message.match(/《文档\d+》/g)).toHaveLength(3);
    expect(message).not.toMatch(/未列出|未载入/);
  });
});

describe('/about with documents sharing a title', () => {
  it('given two files with the same title, then each is named with its file; a title of its own is not', () => {
    const stats = statsOf([plainDocument('a', '协议', 'a.txt'), plainDocument('b', '协议', 'b.md'), plainDocument('c', '港口', 'c.txt')]);
    const message =
      answerAbout({ stats, corpusChanged: () => false } as unknown as Services, { command: 'about', query: '' }).message ?? '';
    expect(message).toContain('《协议》（a.txt）：1句');
    expect(message).toContain('《协议》（b.md）：1句');
    expect(message).toContain('《港口》：1句');
  });
});

describe('/about and dated entries', () => {
  const aboutOf = (stats: CorpusStats, locale?: 'en') =>
    answerAbout({ stats, corpusChanged: () => false } as unknown as Services, {
      command: 'about',
      query: '',
      ...(locale ? { locale } : {}),
    }).message ?? '';

  it('given documents none of which has dated entries, then it says so, and that /date has nothing to list', () => {
    const stats = statsOf([plainDocument('a', '规则', 'a.md'), plainDocument('b', '说明书', 'b.txt')]);
    expect(aboutOf(stats)).toContain('\n已载入的文档都没有带日期的条目：/date 没有可列出的内容\n');
    expect(aboutOf(stats, 'en')).toContain('\nNo loaded document has dated entries: /date has nothing to list\n');
  });

  it('given a document with dated entries, then nothing is said of their absence', () => {
    const stats = statsOf([{ ...plainDocument('c', '纪事', 'c.txt'), kind: 'chronicle', entries: 3 }]);
    expect(aboutOf(stats)).toContain('《纪事》：1句，3条');
    expect(aboutOf(stats)).not.toContain('没有带日期的条目');
  });
});
