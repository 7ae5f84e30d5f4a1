import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/types.js';
import { isEmptyFolder, loadCorpus } from '../../src/ingest/load-corpus.js';
import { CHRONICLE, CORPUS_DIR, WHITEPAPER } from './real-corpus.js';

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** A temp corpus folder holding copies of the named real documents (text + meta). */
function tempCorpus(names: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  tempDirs.push(dir);
  for (const n of names) {
    copyFileSync(join(CORPUS_DIR, `${n}.txt`), join(dir, `${n}.txt`));
    copyFileSync(join(CORPUS_DIR, `${n}.meta.json`), join(dir, `${n}.meta.json`));
  }
  return dir;
}

function idsOf(corpus: Corpus, docId: string): string[] {
  const doc = corpus.documents.find((d) => d.meta.id === docId);
  return [...(doc?.passages.map((p) => p.id) ?? []), ...(doc?.entries.map((e) => e.id) ?? [])];
}

const real = loadCorpus(CORPUS_DIR);

describe('loadCorpus on the real corpus', () => {
  it('given the corpus folder then both documents load in file-name order without warnings', () => {
    expect(real.documents.map((d) => [d.meta.id, d.meta.file])).toEqual([
      ['chronicle', `${CHRONICLE}.txt`],
      ['whitepaper', `${WHITEPAPER}.txt`],
    ]);
    expect(real.warnings).toEqual([]);
  });

  it('given the loader alone then countries are left for the index build to fill', () => {
    expect(real.documents.every((d) => d.passages.every((p) => p.countries.length === 0))).toBe(true);
  });
});

describe('stable ids', () => {
  it('given the same corpus ingested twice then every id is the same', () => {
    const again = loadCorpus(CORPUS_DIR);
    for (const id of ['chronicle', 'whitepaper']) expect(idsOf(again, id)).toEqual(idsOf(real, id));
  });

  it('given another document added (sorted first, sharing a sentence) then the existing ids do not change', () => {
    const dir = tempCorpus([CHRONICLE, WHITEPAPER]);
    writeFileSync(join(dir, 'aaa-extra.txt'), '附加文档\n中国同蒙古国举行新冠肺炎疫情技术交流视频会。另一句。');
    writeFileSync(join(dir, 'aaa-extra.meta.json'), JSON.stringify({ id: 'extra', title: '附加文档', kind: 'plain' }));
    const grown = loadCorpus(dir);
    expect(grown.documents.map((d) => d.meta.id)).toEqual(['extra', 'chronicle', 'whitepaper']);
    for (const id of ['chronicle', 'whitepaper']) expect(idsOf(grown, id)).toEqual(idsOf(real, id));
  });
});

describe('messy copies (BOM, CRLF, full-width headings)', () => {
  it('given the chronicle with BOM, CRLF and full-width / 号 headings then dates, texts and ids are unchanged', () => {
    const dir = tempCorpus([CHRONICLE]);
    const original = readFileSync(join(CORPUS_DIR, `${CHRONICLE}.txt`), 'utf8');
    const messy = `\uFEFF${original.replace('\n3月18日\n', '\n３月１８日\n').replace('\n3月19日\n', '\n3月19号\n').replace(/\n/g, '\r\n')}`;
    expect(messy).toContain('３月１８日');
    writeFileSync(join(dir, `${CHRONICLE}.txt`), messy);
    const doc = loadCorpus(dir).documents[0];
    const base = real.documents[0];
    expect(doc?.passages.map((p) => [p.id, p.text, p.date])).toEqual(base?.passages.map((p) => [p.id, p.text, p.date]));
    expect(doc?.entries.map((e) => e.dates)).toEqual(base?.entries.map((e) => e.dates));
    expect(doc?.entries.filter((e) => e.dates.includes('2020-03-18'))).toHaveLength(8);
  });

  it('given the white paper with BOM and CRLF then its sections and passages are unchanged', () => {
    const dir = tempCorpus([WHITEPAPER]);
    const original = readFileSync(join(CORPUS_DIR, `${WHITEPAPER}.txt`), 'utf8');
    writeFileSync(join(dir, `${WHITEPAPER}.txt`), `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    const doc = loadCorpus(dir).documents[0];
    expect(doc?.sections).toEqual(real.documents[1]?.sections);
  });
});

describe('missing, malformed and conflicting metadata', () => {
  it('given a text without sidecar then it loads as plain with inferred metadata and a warning', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'My Notes.txt'), '\n抗疫笔记\n第一句。第二句。');
    const corpus = loadCorpus(dir);
    expect(corpus.documents[0]?.meta).toMatchObject({ id: 'my-notes', title: '抗疫笔记', kind: 'plain', file: 'My Notes.txt' });
    expect(corpus.documents[0]?.passages.map((p) => p.text)).toEqual(['第一句。', '第二句。']);
    expect(corpus.warnings.some((w) => w.includes('My Notes.txt'))).toBe(true);
    expect(corpus.documents[0]?.warnings.length).toBeGreaterThan(0);
  });

  it('given a malformed sidecar then its document still loads, read as if it had none, with a warning; the others are untouched', () => {
    const dir = tempCorpus([CHRONICLE]);
    writeFileSync(join(dir, 'broken.txt'), '破损的元数据\n正文。');
    writeFileSync(join(dir, 'broken.meta.json'), '{ "id": "broken", ');
    writeFileSync(join(dir, 'badkind.md'), '正文。');
    writeFileSync(join(dir, 'badkind.meta.json'), JSON.stringify({ id: 'bk', title: 't', kind: 'novel' }));
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.meta.id, d.meta.kind, d.meta.title])).toEqual([
      ['bk', 'plain', 't'],
      ['broken', 'plain', '破损的元数据'],
      ['chronicle', 'chronicle', real.documents[0]?.meta.title],
    ]);
    expect(corpus.warnings.some((w) => w.startsWith('broken.meta.json 不是有效的 JSON') && w.includes('按纯文本载入'))).toBe(true);
    // Said in Chinese, not in the parser's English.
    expect(corpus.warnings.find((w) => w.startsWith('broken.meta.json'))).not.toMatch(/Expected|Unexpected|position|input/);
    expect(corpus.warnings.some((w) => w.includes('badkind.meta.json') && w.includes('kind'))).toBe(true);
    expect(corpus.skipped).toEqual([]);
  });

  it('given two sidecars with the same id then the second document (by file name) loads under a numbered id, with a warning', () => {
    const dir = tempCorpus();
    for (const name of ['a', 'b']) {
      writeFileSync(join(dir, `${name}.txt`), `${name}正文。`);
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ id: 'same', title: name, kind: 'plain' }));
    }
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.meta.file, d.meta.id])).toEqual([
      ['a.txt', 'same'],
      ['b.txt', 'same-2'],
    ]);
    expect(corpus.warnings.some((w) => w.includes('b.txt') && w.includes('"same"') && w.includes('"same-2"'))).toBe(true);
  });

  it('given a file that is not UTF-8, a sidecar without document, or no folder then it warns instead of failing', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xff]));
    writeFileSync(join(dir, 'orphan.meta.json'), '{}');
    const corpus = loadCorpus(dir);
    expect(corpus.documents).toEqual([]);
    expect(corpus.warnings.some((w) => w.includes('gbk.txt') && w.includes('UTF-8'))).toBe(true);
    expect(corpus.warnings.some((w) => w.includes('orphan.meta.json'))).toBe(true);
    const missing = loadCorpus(join(dir, 'no-such-folder'));
    expect(missing.documents).toEqual([]);
    expect(missing.warnings).toHaveLength(1);
  });
});

describe('files as users drop them in', () => {
  const text = '城市公园改造计划\n公园将于五月开放。新增了儿童游乐区。';

  it('given UTF-16 with its byte-order mark (either order) or GBK, then it is read, and the encoding is noted', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    // 公园将于五月开放。 in GBK, byte for byte.
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from('b9abd4b0bdabd3dacee5d4c2bfaab7c5a1a3', 'hex'));
    const corpus = loadCorpus(dir);
    const texts = Object.fromEntries(corpus.documents.map((d) => [d.meta.file, d.passages.map((p) => p.text)]));
    expect(texts['be.txt']).toEqual(['公园将于五月开放。', '新增了儿童游乐区。']);
    // Both byte orders give the same text: the second is skipped as a copy of the first.
    expect(corpus.skipped).toEqual(['已跳过 le.txt：内容与 be.txt 完全相同']);
    expect(texts['gbk.txt']).toEqual(['公园将于五月开放。']);
    // Its first line is a sentence, not a title: the file's name names it.
    expect(corpus.documents.find((d) => d.meta.file === 'gbk.txt')?.meta.title).toBe('gbk');
    expect(corpus.warnings.some((w) => w.startsWith('gbk.txt：') && w.includes('GB18030'))).toBe(true);
    expect(corpus.warnings.some((w) => w.startsWith('be.txt：') && w.includes('UTF-16'))).toBe(true);
  });

  it('given file names holding an escape sequence or a newline, then they load, and every warning and label shows those as codes', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'bad\u001b[31mred.txt'), text);
    writeFileSync(join(dir, 'two\nlines.txt'), '另一份计划\n公园将于六月开放。');
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.file).sort()).toEqual(['bad\\u{1b}[31mred.txt', 'two\\u{a}lines.txt']);
    expect(corpus.warnings.length).toBeGreaterThan(0);
    for (const line of [...corpus.warnings, ...corpus.documents.map((d) => d.meta.title)]) expect(line).not.toMatch(/\p{Cc}/u);
  });

  it.skipIf(process.platform !== 'linux')(
    'given a file name that is not UTF-8 (GBK, from a Windows zip), then it is skipped saying so, not "ENOENT", a converted format too',
    () => {
      for (const extension of ['.txt', '.docx', '.html', '.pdf']) {
        const dir = tempCorpus();
        writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('bcc7cab5', 'hex'), Buffer.from(extension)]), text);
        expect(loadCorpus(dir).skipped).toEqual([expect.stringMatching(/文件名不是 UTF-8 编码.*请给文件改名/)]);
      }
    },
  );

  it('given a binary file named .txt, then it is skipped as not text, and said so at every start (skipped)', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const corpus = loadCorpus(dir);
    expect(corpus.documents).toEqual([]);
    expect(corpus.skipped).toEqual([expect.stringMatching(/^已跳过 photo\.txt：不是文本文件/)]);
  });

  it('given two files without sidecars whose names give the same id, then both load, the second under a numbered id', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'a b.txt'), '第一篇\n正文一。');
    writeFileSync(join(dir, 'a-b.txt'), '第二篇\n正文二。');
    expect(loadCorpus(dir).documents.map((d) => [d.meta.file, d.meta.id])).toEqual([
      ['a b.txt', 'a-b'],
      ['a-b.txt', 'a-b-2'],
    ]);
  });

  it('given old Mac line ends (CR only) and no sidecar, then the title is the first line, not the whole text', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'cr.txt'), text.replace(/\n/g, '\r'));
    const doc = loadCorpus(dir).documents[0];
    expect(doc?.meta.title).toBe('城市公园改造计划');
    expect(doc?.passages.map((p) => p.text)).toEqual(['公园将于五月开放。', '新增了儿童游乐区。']);
  });

  it('given sub-folders, links and files of other kinds, then each is named as not read, with what to do', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'doc.txt'), text);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'nested.txt'), text);
    mkdirSync(join(dir, 'empty')); // holds nothing left unread: not named
    writeFileSync(join(dir, 'report.doc'), 'PK'); // Word 97–2003: not read (.docx is)
    symlinkSync('nowhere.txt', join(dir, 'broken.txt'));
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.file)).toEqual(['doc.txt']);
    expect(corpus.skipped).toEqual([
      '子文件夹 sub/ 中的文件不会被读取：文档请直接放在语料目录中',
      '符号链接 broken.txt 已忽略：请放入文件本身',
      'report.doc 不是可读取的文档（.txt、.md、.docx（Word）、.html/.htm（网页）、.pdf），已忽略',
    ]);
  });
});

describe('documents with the same title', () => {
  it('given two documents titled alike, then each is cited with its file name, and a warning says so', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'one.txt'), '同一个标题\n第一篇的正文。');
    writeFileSync(join(dir, 'two.txt'), '同一个标题\n第二篇的正文。');
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.shortTitle)).toEqual(['同一个标题（one.txt）', '同一个标题（two.txt）']);
    expect(corpus.warnings.some((w) => w.includes('one.txt、two.txt 的标题相同'))).toBe(true);
  });
});

describe('loadCorpus on a folder an admin filled by hand', () => {
  it('given name.txt with its sidecar, then adding name.md takes neither its id nor its sidecar', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'report.txt'), '水果年度报告\n\n苹果产量增长两成。\n');
    writeFileSync(join(dir, 'report.meta.json'), JSON.stringify({ id: 'report', title: '水果年度报告', kind: 'plain' }));
    const before = loadCorpus(dir).documents.map((d) => [d.meta.file, d.meta.id, d.meta.title]);
    writeFileSync(join(dir, 'report.md'), '# 港口报告\n\n吞吐量创新高。\n');
    const after = loadCorpus(dir);
    expect(after.documents.map((d) => [d.meta.file, d.meta.id, d.meta.title])).toEqual([...before, ['report.md', 'report-2', '港口报告']]);
    // Its own sidecar would be report.md.meta.json, and the warning says so.
    expect(after.warnings.join('\n')).toMatch(/report\.md 没有元数据文件（report\.md\.meta\.json）/);
  });

  it('given copies of one document under other names, then the copies are skipped and said to be copies', () => {
    const dir = tempCorpus();
    for (const name of ['notice.txt', 'notice (1).txt', '通知 - 副本.txt']) writeFileSync(join(dir, name), '通知\n\n明天停电。\n');
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.file)).toEqual(['notice.txt']);
    expect(corpus.skipped).toEqual([
      '已跳过 notice (1).txt：内容与 notice.txt 完全相同',
      '已跳过 通知 - 副本.txt：内容与 notice.txt 完全相同',
    ]);
  });

  it('given a named pipe under a document name, then it is listed as not loaded (reading it would hang)', () => {
    const dir = tempCorpus([CHRONICLE]);
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    const corpus = loadCorpus(dir);
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.skipped.join('')).toMatch(/fifo\.txt 不是普通文件/);
  });
});

describe('file names as people write them', () => {
  it('given numbered files, then they are read in number order (n2 before n10), not by characters', () => {
    const dir = tempCorpus();
    for (const n of [10, 2, 1]) writeFileSync(join(dir, `第${n}期.txt`), `第${n}期\n\n本期第${n}号内容。\n`);
    expect(loadCorpus(dir).documents.map((d) => d.meta.file)).toEqual(['第1期.txt', '第2期.txt', '第10期.txt']);
  });

  it('given hidden files (.draft.txt, ._notes.txt), then they are not read, and the skipped list says so', () => {
    const dir = tempCorpus();
    writeFileSync(join(dir, 'notes.txt'), '笔记\n\n正文。\n');
    writeFileSync(join(dir, '.draft.txt'), '草稿\n\n草稿正文。\n');
    writeFileSync(join(dir, '._notes.txt'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    const corpus = loadCorpus(dir);
    expect(corpus.documents.map((d) => d.meta.file)).toEqual(['notes.txt']);
    expect(corpus.skipped).toEqual([expect.stringMatching(/^隐藏文件 \._notes\.txt、\.draft\.txt 已忽略/)]);
  });
});

describe('isEmptyFolder', () => {
  it('given an empty folder, then true; one holding a file or a folder, then false; no folder, then false', () => {
    const root = mkdtempSync(join(tmpdir(), 'qa-empty-'));
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(isEmptyFolder(empty)).toBe(true);
    writeFileSync(join(empty, 'a.txt'), '文档。');
    expect(isEmptyFolder(empty)).toBe(false);
    const nested = join(root, 'nested');
    mkdirSync(join(nested, 'inner'), { recursive: true });
    expect(isEmptyFolder(nested)).toBe(false);
    expect(isEmptyFolder(join(root, 'missing'))).toBe(false);
  });
});
