import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import type { DocumentMeta } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';

// A real e-mail thread exported from Foxmail: seven messages under 发件人/日期/主题 header blocks,
// replies quoting the mail they answer on `>` lines, signatures under Best regards / 敬祝 商祺,
// the export's own separator lines. Each message is a part named by its date and sender, an entry
// of its day; quotes are marked as such, never glued to the 写道 line; a signature's lines apart.

const NAME = '云栖茶业-汉堡客户样品邮件往来';
const folder = join(PROJECT_ROOT, 'eval', 'genre6-corpus');
const meta: DocumentMeta = { ...JSON.parse(readFileSync(join(folder, `${NAME}.meta.json`), 'utf8')), file: `${NAME}.txt` };
const doc = ingestDocument(meta, readFileSync(join(folder, `${NAME}.txt`), 'utf8'));
const passage = (text: string) => doc.passages.find((p) => p.text === text);

describe('an e-mail export', () => {
  it('reads each message as a part named by its date and sender, an entry of its day', () => {
    expect(doc.posts?.map((post) => [post.author, post.date, post.time])).toEqual([
      ['林晓岚', '2026-03-02', '09:14'],
      ['Markus Weber', '2026-03-03', '16:48'],
      ['周启明', '2026-03-04', '11:02'],
      ['林晓岚', '2026-03-05', '18:30'],
      ['Markus Weber', '2026-03-09', '10:21'],
      ['陳怡君', '2026-03-09', '21:05'],
      ['林晓岚', '2026-03-12', '08:55'],
    ]);
    expect(passage('The samples arrived this morning, two days earlier than expected.')?.section).toEqual([
      '2026-03-09 10:21 Markus Weber',
    ]);
    expect(doc.entries.flatMap((entry) => entry.dates).filter((date) => date === '2026-03-09')).toHaveLength(2);
  });

  it('keeps the subject and attachments as sentences, not the sender, addresses, date or the export’s separators', () => {
    expect(passage('附件: 云栖茶业产品目录2026.pdf (3.2 MB)')).toBeDefined();
    const noise = /^(?:发件人|收件人|抄送|日期)[:：]|^-{3,}|^={3,}|^\[导出结束\]$/u;
    expect(doc.passages.filter((p) => noise.test(p.text)).map((p) => p.text)).toEqual([]);
  });

  it('marks quoted lines as quotes, the 写道 line apart from the quote under it', () => {
    const quoted = new Set(doc.quoted);
    const quote = passage('請問貴司的有機認證是否已通過歐盟互認？');
    expect(quote?.places.every((place) => quoted.has(place.position))).toBe(true);
    // A line quoted verbatim is the original's sentence, quoted there too.
    const original = passage('样品预计3月5日从杭州萧山发出，走DHL国际快递，一般5到7个工作日可以到汉堡。');
    expect(original?.places.map((place) => quoted.has(place.position))).toEqual([false, true]);
    expect(doc.passages.filter((p) => p.text.includes('写道') && p.text.includes('样品预计'))).toEqual([]);
  });

  it('reads a signature line by line, in its sender’s message', () => {
    expect(passage('Tel: +86 571-8765 4321   Mobile: +86 139 5710 2266')?.section).toEqual(['2026-03-02 09:14 林晓岚']);
    expect(passage('Tel. +49 40 3344 5566')?.section).toEqual(['2026-03-03 16:48 Markus Weber']);
    expect(passage('台北市大安區復興南路一段200號8樓')?.section).toEqual(['2026-03-09 21:05 陳怡君']);
  });
});

describe('an Outlook export in English', () => {
  // The same thread's header forms as Outlook writes them (From/Sent/To/Subject, On … wrote:).
  const text = [
    'From: Markus Weber <m.weber@nordlicht-tee.de>',
    'Sent: Tuesday, March 3, 2026 4:48 PM',
    'To: Lin Xiaolan',
    'Subject: RE: Spring tea samples',
    '',
    'We are planning around 800 kg for the first order.',
    '',
    'From: "Lin Xiaolan" <lin.xiaolan@yunqi-tea.cn>',
    'Date: Thu, 5 Mar 2026 18:30:00 +0800',
    'To: Markus Weber',
    'Subject: RE: Spring tea samples',
    '',
    'The samples left today.',
    'On Tue, 3 Mar 2026 at 16:48, Markus Weber wrote:',
    '> We are planning around 800 kg for the first order.',
  ].join('\n');
  const mail = ingestDocument({ ...meta, id: 'outlook', file: 'outlook.txt' }, text);

  it('reads its From/Sent/Date headers as messages and its quote as a quote', () => {
    expect(mail.posts?.map((post) => [post.author, post.date, post.time])).toEqual([
      ['Markus Weber', '2026-03-03', '16:48'],
      ['Lin Xiaolan', '2026-03-05', '18:30'],
    ]);
    const plan = mail.passages.find((p) => p.text === 'We are planning around 800 kg for the first order.');
    expect(plan?.places.map((place) => mail.quoted?.includes(place.position))).toEqual([false, true]);
    expect(mail.passages.find((p) => p.text === 'The samples left today.')?.section).toEqual(['2026-03-05 18:30 Lin Xiaolan']);
  });
});
