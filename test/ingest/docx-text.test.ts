import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/ingest/convert-file.js';
import { docxText, MAX_DOCX_XML_BYTES } from '../../src/ingest/docx-text.js';
import { fixtureBytes } from '../support/document-fixtures.js';

// A Word file is read as the plain reader reads a text: its Title paragraph names it, Heading 1/2
// are # and ## sections, a numbered list keeps its numbers, a table with a header row its names.
// A file that is no Word file, is cut short, or would unpack to more than the cap is refused with
// the reason, before anything is inflated.

describe('docxText on a Word file', () => {
  it('given a handbook with a title, headings, a dated heading, a numbered list and a table, then its text is laid out as such', async () => {
    const read = await docxText(fixtureBytes('读书会手册.docx'));
    expect(read.ok && read.title).toBe('梧桐社区读书会活动手册');
    expect(read.ok && read.text.split('\n')).toEqual([
      '# 一、读书会简介',
      '',
      '梧桐社区读书会成立于2019年，每月第二个周六在社区图书室聚会。',
      '',
      '读书会欢迎所有居民参加，不收取任何费用，孩子可以由家长陪同入场。',
      '',
      '# 二、活动安排',
      '',
      '## 2026年4月12日 春季共读会',
      '',
      '本次共读的书目是《城南旧事》，请参加者提前读完前三章。',
      '',
      '活动当天请按下面的顺序进行：',
      '',
      '1. 签到并领取书签',
      '2. 分组讨论印象最深的段落',
      '3. 每组推选一人分享读书笔记',
      '',
      '| 时间 | 内容 | 地点 |',
      '|---|---|---|',
      '| 上午9点 | 签到 | 社区图书室 |',
      '| 上午10点 | 分组讨论 | 多功能厅 |',
      '',
      '# 三、借阅规则',
      '',
      '每位会员一次最多借阅三本书，借期为二十一天，逾期未还的暂停借阅一个月。',
    ]);
  });

  it('given a footnote, then its mark is left out of the sentence and its text read at the end', async () => {
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const zip = new JSZip();
    zip.file(
      'word/_rels/document.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    );
    zip.file(
      'word/footnotes.xml',
      `<w:footnotes ${ns}><w:footnote w:id="1"><w:p><w:r><w:t>数据来自2025年的调查。</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    );
    zip.file(
      'word/document.xml',
      `<w:document ${ns}><w:body><w:p><w:r><w:t>参加者逐年增加。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>今年超过两百人。</w:t></w:r></w:p></w:body></w:document>`,
    );
    const read = await docxText(await zip.generateAsync({ type: 'uint8array' }));
    expect(read.ok && read.text.split('\n')).toEqual(['参加者逐年增加。今年超过两百人。', '', '数据来自2025年的调查。']);
  });
});

describe('docxText on a bad file', () => {
  it('given a Word file cut in half, then it is refused as cut short, without throwing', async () => {
    const whole = fixtureBytes('读书会手册.docx');
    expect(await docxText(whole.subarray(0, whole.length >> 1))).toEqual({
      ok: false,
      reason: expect.stringMatching(/不是有效的 ZIP 文件.*截断/),
    });
  });

  it('given a zip that holds no word/document.xml (a renamed archive), then it is refused as no Word file', async () => {
    const zip = new JSZip();
    zip.file('photos/readme.txt', '照片');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await docxText(bytes)).toEqual({ ok: false, reason: expect.stringContaining('不是 Word 文档') });
  });

  it('given a zip bomb named .docx (70 MB of XML in 0.3 MB), then it is refused from its directory, over the documented cap', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.alloc(70 * 1024 * 1024, 0x20));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(70 * 1024 * 1024).toBeGreaterThan(MAX_DOCX_XML_BYTES);
    expect(await docxText(bytes)).toEqual({ ok: false, reason: expect.stringMatching(/解压后的内容有 70 MB，超过上限 64 MB.*压缩炸弹/) });
  });

  it('given a Word file whose document.xml is not XML, then the parser’s error is the reason, not a crash', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p>未闭合');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await convertBytes('坏文件.docx', bytes)).toEqual({ ok: false, reason: expect.stringContaining('无法解析（文件可能已损坏') });
  });
});
