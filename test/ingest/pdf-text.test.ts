import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/ingest/convert-file.js';
import { ENCRYPTED, NO_TEXT_LAYER, pdfText } from '../../src/ingest/pdf-text.js';
import { fixtureBytes } from '../support/document-fixtures.js';

// A PDF is read page by page: lines rebuilt from its text items, headings from their larger
// font, the running header and page numbers every page repeats dropped, a paragraph running over
// a page's end kept whole. A scan, an encrypted file and one the parser cannot read are refused
// with the reason, in Chinese.

describe('pdfText on a handbook of three pages', () => {
  it('given headings in larger type, a running header and page numbers, then the text keeps the headings and drops the rest', async () => {
    const read = await pdfText(fixtureBytes('垃圾分类手册.pdf'));
    expect(read.ok && read.text.split('\n')).toEqual([
      '# 溪口村垃圾分类宣传手册',
      '',
      '## 一、为什么要分类',
      '',
      '溪口村每天产生的生活垃圾约有两吨，过去全部运往镇上的填埋场，填埋场预',
      '计在三年内就会填满。',
      '',
      '分类以后，厨余垃圾可以在村里的堆肥站变成有机肥，可回收物卖给回收站的',
      '收入用于村里的路灯维护，需要填埋的垃圾能减少一半以上，',
      // Page 2 goes on with the sentence page 1 left open: no paragraph break between them.
      '这也是村民委员会今年最重要的一项工作。',
      '',
      '## 二、怎么分',
      '',
      '绿色桶放厨余垃圾，包括剩菜剩饭、果皮和菜叶；蓝色桶放可回收物，包括纸',
      '板、塑料瓶和金属罐。',
      '',
      '红色桶放有害垃圾，例如废电池、过期药品和灯管，其余的放进灰色桶。',
      '',
      '## 2026年5月20日 入户宣传',
      '',
      '村干部和志愿者将在这一天逐户发放分类垃圾桶，并讲解投放方法，请各家各',
      '户留人在家。',
      '',
      '对分类做得好的家庭，村里每季度评选一次「清洁家庭」，奖励洗衣液和大米。',
    ]);
  });
});

describe('pdfText on a PDF it cannot read', () => {
  it('given a scan (a page that is an image), then it is refused as having no text layer', async () => {
    expect(await pdfText(fixtureBytes('扫描件.pdf'))).toEqual({ ok: false, reason: NO_TEXT_LAYER });
  });

  it('given a PDF that needs a password, then it is refused as encrypted', async () => {
    expect(await pdfText(fixtureBytes('加密手册.pdf'))).toEqual({ ok: false, reason: ENCRYPTED });
  });

  it('given bytes that only start as a PDF, then the parser’s error is the reason', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n这不是真正的PDF内容\n%%EOF');
    expect(await convertBytes('坏文件.pdf', bytes)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^不是可以读取的 PDF|^PDF 里没有文字层/),
    });
  });

  it('given the handbook cut in half, then it is read as far as it goes or refused, never thrown', async () => {
    const whole = fixtureBytes('垃圾分类手册.pdf');
    const read = await convertBytes('半截.pdf', whole.subarray(0, whole.length >> 1));
    expect(read.ok ? read.text.length : read.reason.length).toBeGreaterThan(0);
  });
});

describe('pdfText on a long PDF', () => {
  it('given 200 pages with a running header and page numbers, then every page is read and none of those repeat', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 200; n++) {
      const page = pdf.addPage([595, 842]);
      page.drawText('Annual Report of the Riverside Library', { x: 60, y: 800, size: 9, font });
      page.drawText(`Page ${n} records the loans of shelf ${n}.`, { x: 60, y: 700, size: 12, font });
      page.drawText(String(n), { x: 290, y: 40, size: 9, font });
    }
    const started = performance.now();
    const read = await pdfText(await pdf.save());
    expect(performance.now() - started).toBeLessThan(30_000);
    const lines = read.ok ? read.text.split('\n').filter(Boolean) : [];
    expect(lines).toHaveLength(200);
    expect(lines[199]).toBe('Page 200 records the loans of shelf 200.');
  }, 60_000);
});
