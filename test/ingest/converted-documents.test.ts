import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/ingest/converted-documents.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { fixtureBytes, fixtureCorpus } from '../support/document-fixtures.js';

// Word files, web pages and PDFs in the corpus folder are read beside its texts, converted in a
// process of their own: each bad one is skipped with a warning naming it and why, and the rest of
// the folder loads. Real files, real parsers, a real child process.

const GOOD = ['读书会手册.docx', '植树活动通知.html', '植树活动通知-旧版.htm', '垃圾分类手册.pdf'];
const NOTICE = { '停车通知.txt': '停车通知\n\n地下车库将于周一起重新划线。\n' };

describe('loadCorpus over Word files, web pages and PDFs', () => {
  it('given one of each beside a text, then each is a document under its own title, its headings sections and its dated heading an entry', () => {
    const corpus = loadCorpus(fixtureCorpus('formats', GOOD, NOTICE));
    const documents = corpus.documents.map((d) => [d.meta.file, d.meta.title, d.entries?.flatMap((e) => e.dates)]);
    expect(documents).toEqual([
      ['停车通知.txt', '停车通知', []],
      ['垃圾分类手册.pdf', '溪口村垃圾分类宣传手册', ['2026-05-20']],
      ['植树活动通知.html', '植树活动通知', ['2026-03-14']],
      ['植树活动通知-旧版.htm', '植树活动通知（旧版） - 青禾志愿者协会', ['2026-03-14']],
      ['读书会手册.docx', '梧桐社区读书会活动手册', ['2026-04-12']],
    ]);
    const sentence = (file: string, start: string) =>
      corpus.documents.find((d) => d.meta.file === file)?.passages.find((p) => p.text.startsWith(start));
    // The PDF's paragraph runs over its page's end, and its lines were wrapped: one sentence.
    expect(sentence('垃圾分类手册.pdf', '分类以后')?.text).toBe(
      '分类以后，厨余垃圾可以在村里的堆肥站变成有机肥，可回收物卖给回收站的收入用于村里的路灯维护，需要填埋的垃圾能减少一半以上，这也是村民委员会今年最重要的一项工作。',
    );
    expect(sentence('读书会手册.docx', '每位会员')?.section).toEqual(['三、借阅规则']);
    expect(sentence('植树活动通知.html', '项目')?.text).toBe('项目：着装；要求：长袖长裤');
    expect(corpus.skipped).toEqual([]);
  });

  it('given a scan, an encrypted PDF, a broken one, a Word file cut short and a zip bomb, then each is skipped by name and the rest load', async () => {
    const docx = fixtureBytes('读书会手册.docx');
    const bomb = new JSZip();
    bomb.file('word/document.xml', Buffer.alloc(70 * 1024 * 1024, 0x20));
    const dir = fixtureCorpus('bad-formats', ['扫描件.pdf', '加密手册.pdf', '植树活动通知.html'], {
      ...NOTICE,
      '损坏.pdf': new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'),
      '半截.docx': docx.subarray(0, docx.length >> 1),
      '炸弹.docx': await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }),
    });
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.file)).toEqual(['停车通知.txt', '植树活动通知.html']);
    expect(corpus.skipped).toEqual([
      '已跳过 加密手册.pdf：PDF 已加密，需要密码才能打开，无法读取：请提供未加密的版本',
      expect.stringMatching(/^已跳过 半截\.docx：不是有效的 ZIP 文件/),
      expect.stringMatching(/^已跳过 扫描件\.pdf：PDF 里没有文字层（可能是扫描件或图片）/),
      expect.stringMatching(/^已跳过 损坏\.pdf：不是可以读取的 PDF（文件可能已损坏或被截断/),
      expect.stringMatching(/^已跳过 炸弹\.docx：解压后的内容有 70 MB，超过上限 64 MB/),
    ]);
  }, 60_000);
});

describe('convertDocuments', () => {
  it('given a long page (1 MB of text, more than a pipe holds at once), then its whole text comes back, not skipped as a crash', () => {
    const paragraph = '<p>第一段说明文字，社区活动在三月十八日举行。</p>\n';
    const page = `<html><body>${paragraph.repeat(20_000)}<p>最后一段：请大家准时到场。</p></body></html>`;
    const dir = fixtureCorpus('long-page', [], { '长网页.html': page });
    const result = convertDocuments(dir, ['长网页.html']).get('长网页.html');
    expect(result?.ok && result.text.endsWith('最后一段：请大家准时到场。')).toBe(true);
  });

  it('given a file slower than its time among many, then it alone is skipped as timed out once its own time is up, not after the time of all', () => {
    const slow = `<html><body>${'<p>第一段说明文字，社区活动在三月十八日举行。</p>\n'.repeat(200_000)}</body></html>`;
    const notices = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`通知${i + 1}.html`, `<p>第${i + 1}号通知：周一开会。</p>`]));
    const dir = fixtureCorpus('one-slow', [], { '慢.html': slow, ...notices });
    // 0.2 s a file: the slow page takes ~1 s alone; the 21 files' 4.2 s would have let it finish.
    const results = convertDocuments(dir, ['慢.html', ...Object.keys(notices)], 0.2);
    expect(results.get('慢.html')).toEqual({ ok: false, reason: expect.stringMatching(/^读取超时/) });
    expect(Object.keys(notices).filter((f) => results.get(f)?.ok)).toEqual(Object.keys(notices));
  });

  it('given files whose conversion runs out of time, then each is skipped as timed out, one process after another, never hanging the build', () => {
    const dir = fixtureCorpus('slow', ['植树活动通知.html', '读书会手册.docx']);
    const results = convertDocuments(dir, ['植树活动通知.html', '读书会手册.docx'], 0.001);
    expect([...results]).toEqual([
      ['植树活动通知.html', { ok: false, reason: expect.stringMatching(/^读取超时/) }],
      ['读书会手册.docx', { ok: false, reason: expect.stringMatching(/^读取超时/) }],
    ]);
  });
});
