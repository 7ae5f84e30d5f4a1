// Writes the Word, web-page and PDF fixtures of test/ingest/fixtures/documents/ (run once:
// `npx tsx scripts/make-document-fixtures.ts`; the files are committed, so the tests need neither
// this script nor its font). The PDFs embed a subset of a Chinese font installed on the machine
// (`apt-get install fonts-droid-fallback`: DroidSansFallbackFull.ttf, a .ttf that @pdf-lib/fontkit
// reads, unlike the .ttc collections of Noto CJK or WenQuanYi); the encrypted one needs qpdf.
// The texts are written for the tests: a few paragraphs under headings, one heading dated.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import JSZip from 'jszip';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';

const OUT = join(import.meta.dirname, '..', 'test', 'ingest', 'fixtures', 'documents');
const CJK_FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';

// --- Word ---------------------------------------------------------------------------------------

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xmlText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
const paragraph = (text: string, style?: string, numbered = false) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr>${run(text)}</w:p>`;
/** A table whose first row is its header, repeated on each page (Word's "重复标题行"). */
const table = (rows: string[][]) =>
  `<w:tbl>${rows
    .map(
      (cells, i) =>
        `<w:tr>${i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c) => `<w:tc>${paragraph(c)}</w:tc>`).join('')}</w:tr>`,
    )
    .join('')}</w:tbl>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>
</w:styles>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

async function writeDocx(): Promise<void> {
  // Chinese Word names its heading styles "heading 1" under ids "1", "2": as here.
  const body = [
    paragraph('梧桐社区读书会活动手册', 'Title'),
    paragraph('一、读书会简介', '1'),
    paragraph('梧桐社区读书会成立于2019年，每月第二个周六在社区图书室聚会。'),
    paragraph('读书会欢迎所有居民参加，不收取任何费用，孩子可以由家长陪同入场。'),
    paragraph('二、活动安排', '1'),
    paragraph('2026年4月12日 春季共读会', '2'),
    paragraph('本次共读的书目是《城南旧事》，请参加者提前读完前三章。'),
    paragraph('活动当天请按下面的顺序进行：'),
    paragraph('签到并领取书签', undefined, true),
    paragraph('分组讨论印象最深的段落', undefined, true),
    paragraph('每组推选一人分享读书笔记', undefined, true),
    table([
      ['时间', '内容', '地点'],
      ['上午9点', '签到', '社区图书室'],
      ['上午10点', '分组讨论', '多功能厅'],
    ]),
    paragraph('三、借阅规则', '1'),
    paragraph('每位会员一次最多借阅三本书，借期为二十一天，逾期未还的暂停借阅一个月。'),
  ].join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file('word/styles.xml', STYLES);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  writeFileSync(join(OUT, '读书会手册.docx'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

// --- Web pages ----------------------------------------------------------------------------------

/** The saved page (植树活动通知.html, written by hand) as an older site serves it: in GBK, declared as gb2312, another meeting point. */
function writeGbkPage(): void {
  const page = readFileSync(join(OUT, '植树活动通知.html'), 'utf8')
    .replace('charset="utf-8"', 'charset="gb2312"')
    .replace('植树活动通知 -', '植树活动通知（旧版） -')
    .replace('©', '(C)')
    .replace('东湖公园南门', '西山公园北门');
  writeFileSync(join(OUT, '植树活动通知-旧版.htm'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: page }));
}

// --- PDF ----------------------------------------------------------------------------------------

interface Fonts {
  cjk: PDFFont;
  latin: PDFFont;
}

/** Draws a line in two fonts: ASCII in Helvetica (the Chinese font has no Latin glyphs of its own), the rest in the Chinese one. */
function drawLine(target: PDFPage, text: string, x: number, y: number, size: number, fonts: Fonts): void {
  let at = x;
  for (const piece of text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/gu) ?? []) {
    const font = /^[\x20-\x7e]/u.test(piece) ? fonts.latin : fonts.cjk;
    target.drawText(piece, { x: at, y, size, font });
    at += font.widthOfTextAtSize(piece, size);
  }
}

/** A paragraph wrapped at `perLine` characters, as a word processor wraps it. */
function wrapped(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const c of text) {
    // No line opens with a closing mark: it stays at the end of the line before (as word processors set Chinese).
    if (lines.length === 0 || ([...lines[lines.length - 1]!].length >= perLine && !/[，。；、」）]/u.test(c))) lines.push('');
    lines[lines.length - 1] += c;
  }
  return lines;
}

type Block = { heading: string; size: number } | { paragraph: string };

const HANDBOOK: Block[][] = [
  [
    { heading: '溪口村垃圾分类宣传手册', size: 20 },
    { heading: '一、为什么要分类', size: 16 },
    { paragraph: '溪口村每天产生的生活垃圾约有两吨，过去全部运往镇上的填埋场，填埋场预计在三年内就会填满。' },
    {
      paragraph:
        '分类以后，厨余垃圾可以在村里的堆肥站变成有机肥，可回收物卖给回收站的收入用于村里的路灯维护，需要填埋的垃圾能减少一半以上，',
    },
  ],
  [
    { paragraph: '这也是村民委员会今年最重要的一项工作。' },
    { heading: '二、怎么分', size: 16 },
    { paragraph: '绿色桶放厨余垃圾，包括剩菜剩饭、果皮和菜叶；蓝色桶放可回收物，包括纸板、塑料瓶和金属罐。' },
    { paragraph: '红色桶放有害垃圾，例如废电池、过期药品和灯管，其余的放进灰色桶。' },
  ],
  [
    { heading: '2026年5月20日 入户宣传', size: 16 },
    { paragraph: '村干部和志愿者将在这一天逐户发放分类垃圾桶，并讲解投放方法，请各家各户留人在家。' },
    { paragraph: '对分类做得好的家庭，村里每季度评选一次「清洁家庭」，奖励洗衣液和大米。' },
  ],
];

async function pdfWithFonts(): Promise<{ pdf: PDFDocument; fonts: Fonts }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const cjk = await pdf.embedFont(readFileSync(CJK_FONT), { subset: true });
  const latin = await pdf.embedFont(StandardFonts.Helvetica);
  return { pdf, fonts: { cjk, latin } };
}

async function writePdf(): Promise<void> {
  const { pdf, fonts } = await pdfWithFonts();
  for (const [n, blocks] of HANDBOOK.entries()) {
    const target = pdf.addPage([595, 842]);
    // A running header and a page number, on every page: no part of the text.
    drawLine(target, '溪口村村民委员会 内部资料', 60, 800, 9, fonts);
    drawLine(target, `- ${n + 1} -`, 285, 40, 9, fonts);
    let y = 750;
    for (const block of blocks) {
      if ('heading' in block) {
        y -= 10;
        drawLine(target, block.heading, 60, y, block.size, fonts);
        y -= block.size + 14;
        continue;
      }
      for (const line of wrapped(block.paragraph, 34)) {
        drawLine(target, line, 60, y, 12, fonts);
        y -= 18;
      }
      y -= 12;
    }
  }
  const bytes = await pdf.save();
  writeFileSync(join(OUT, '垃圾分类手册.pdf'), bytes);
  // The same file under a password: pdf-lib writes no encryption, qpdf does.
  execFileSync('qpdf', ['--encrypt', 'xikou2026', 'owner-secret', '256', '--', join(OUT, '垃圾分类手册.pdf'), join(OUT, '加密手册.pdf')]);
}

/** A scan: a page that is a picture of text, with no text layer. */
async function writeScan(): Promise<void> {
  const pdf = await PDFDocument.create();
  const target = pdf.addPage([595, 842]);
  // A grey 2×2 PNG stretched over the page, as a scanner's image is.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVQI12NgYGBgYAAAAAUAAZ0b8n0AAAAASUVORK5CYII=', 'base64');
  const image = await pdf.embedPng(png);
  target.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  writeFileSync(join(OUT, '扫描件.pdf'), await pdf.save());
}

mkdirSync(OUT, { recursive: true });
await writeDocx();
writeGbkPage();
await writePdf();
await writeScan();
process.stdout.write(`written to ${OUT}\n`);
