import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { corpusFingerprint } from '../../src/index/fingerprint.js';
import { createLogger } from '../../src/log.js';
import { fixtureBytes, fixtureCorpus } from '../support/document-fixtures.js';

// A Word file, a saved web page and a PDF dropped into the corpus are answered as any document:
// /ask and /search quote their sentences, cited by the document's title. Real engine, real
// files. Their parsers load in the conversion process alone: a bot starting from its saved index
// loads none of them.

const FILES = ['读书会手册.docx', '植树活动通知.html', '植树活动通知-旧版.htm', '垃圾分类手册.pdf'];
const corpusDir = fixtureCorpus('formats-engine', FILES, { '停车通知.txt': '停车通知\n\n地下车库将于周一起重新划线。\n' });
const cacheDir = mkdtempSync(join(tmpdir(), 'qa-formats-engine-cache-'));
const engine: Promise<Engine> = createEngine({ corpusDir, cacheDir, logger: createLogger('silent') });

const first = async (command: 'ask' | 'search', query: string) => (await engine).answer({ command, query }).items[0];

describe('an engine over Word files, web pages and PDFs', () => {
  it('given a question each document answers, then /ask quotes its sentence, cited by its title', async () => {
    expect(await first('ask', '读书会一次最多能借几本书')).toMatchObject({
      text: '每位会员一次最多借阅三本书，借期为二十一天，逾期未还的暂停借阅一个月。',
      citation: expect.stringMatching(/^梧桐社区读书会活动手册 · /u),
    });
    expect(await first('ask', '植树活动的集合地点在哪')).toMatchObject({
      text: '集合地点在东湖公园南门，集合时间为上午八点半，请穿运动鞋。',
      citation: '植树活动通知 · 2026年3月14日 植树节活动 · 第1句',
    });
    expect(await first('ask', '废电池应该放进什么颜色的桶')).toMatchObject({
      text: '红色桶放有害垃圾，例如废电池、过期药品和灯管，其余的放进灰色桶。',
      citation: expect.stringMatching(/^溪口村垃圾分类宣传手册 · /u),
    });
  }, 120_000);

  it('given keywords each document writes, then /search finds its sentence; the GBK page’s too', async () => {
    expect((await first('search', '城南旧事'))?.text).toBe('本次共读的书目是《城南旧事》，请参加者提前读完前三章。');
    expect((await first('search', '西山公园'))?.citation).toMatch(/^植树活动通知（旧版） - 青禾志愿者协会 · /u);
    expect((await first('search', '清洁家庭'))?.text).toBe('对分类做得好的家庭，村里每季度评选一次「清洁家庭」，奖励洗衣液和大米。');
    // The site around the page, and the PDF's running header, are no text of theirs.
    for (const unread of ['版权所有', '新闻中心', '内部资料'])
      expect((await engine).answer({ command: 'search', query: unread }).items.filter((i) => i.text.includes(unread))).toEqual([]);
  }, 120_000);

  it('given a dated heading in each, then /date lists its entry', async () => {
    const dated = (query: string) =>
      engine.then((e) =>
        e
          .answer({ command: 'date', query })
          .items.map((i) => i.text)
          .join('\n'),
      );
    expect(await dated('2026年4月12日')).toContain('本次共读的书目是《城南旧事》，请参加者提前读完前三章。');
    expect(await dated('2026年5月20日')).toContain('村干部和志愿者将在这一天逐户发放分类垃圾桶，并讲解投放方法，请各家各户留人在家。');
    expect(await dated('2026年3月14日')).toContain('协会为每位志愿者准备了手套和饮用水。');
  }, 120_000);

  it('given /about, then it names the formats it reads', async () => {
    expect((await engine).answer({ command: 'about', query: '' }).message).toContain(
      '读取的格式：.txt、.md、.docx（Word）、.html/.htm（网页）、.pdf',
    );
  }, 120_000);
});

describe('the saved index of a folder holding Word files', () => {
  it('given a .docx whose bytes change, then the fingerprint changes, and the index is rebuilt', () => {
    const dir = fixtureCorpus('formats-fingerprint', ['读书会手册.docx']);
    const before = corpusFingerprint(dir, []);
    const bytes = fixtureBytes('读书会手册.docx');
    writeFileSync(join(dir, '读书会手册.docx'), Buffer.concat([bytes, Buffer.from([0])]));
    expect(corpusFingerprint(dir, [])).not.toBe(before);
  });
});

const PARSERS = ['mammoth', 'htmlparser2', 'unpdf'];
/** Static imports (values and packages), as the running bot loads modules. */
const IMPORT = /^import\s+(?!type\b)[^;]*?from\s*'([^']+)'|^import\s*'([^']+)'/gmu;

/** The packages a module loads when it is imported, through the project modules it imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, from, bare] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (from ?? bare)!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier).replace(/\.js$/u, '.ts'));
      else packages.add(specifier);
    }
  };
  visit(resolve(entry));
  return packages;
}

describe('what a bot loads', () => {
  it('given the bot, the console and the index build, then none loads a parser: the conversion process alone does', () => {
    for (const entry of ['src/main.ts', 'src/cli/ask.ts', 'src/core/rebuild-child.ts'])
      expect([...packagesLoadedBy(entry)].filter((p) => PARSERS.includes(p))).toEqual([]);
    expect([...packagesLoadedBy('src/ingest/convert-child.ts')].filter((p) => PARSERS.includes(p)).sort()).toEqual(['htmlparser2']);
  });
});
