import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LiveEngine, liveEngine } from '../../src/core/live-engine.js';
import { createLogger } from '../../src/log.js';
import { DOCUMENT_FIXTURES, fixtureBytes } from '../support/document-fixtures.js';
import { tempCorpus } from '../support/temp-corpus.js';
import { until } from '../support/until.js';

// A running bot given a broken Word file and a good PDF at once serves the PDF, names the broken
// file in /about, and goes on following its folder. Real engine, real child processes (the
// build's, and the conversion's inside it), real files.

let engine: LiveEngine | null = null;
afterEach(() => engine?.stop());

describe('a live engine given Word files and PDFs', () => {
  it('given a broken .docx and a good .pdf dropped in, then the PDF is answered, the .docx named as skipped, and later changes still served', async () => {
    const corpusDir = tempCorpus('live-formats', { 'report.txt': '农业合作协议\n\n法国希望扩大对华出口奶酪。\n' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'qa-live-formats-cache-'));
    engine = await liveEngine({ corpusDir, cacheDir, intervalMs: 100, builds: true, logger: createLogger('silent') });
    const live = engine;

    const docx = fixtureBytes('读书会手册.docx');
    writeFileSync(join(corpusDir, '半截.docx'), docx.subarray(0, docx.length >> 1));
    copyFileSync(join(DOCUMENT_FIXTURES, '垃圾分类手册.pdf'), join(corpusDir, '垃圾分类手册.pdf'));
    await until(() => live.stats().documents.length === 2, 60_000);
    expect(live.answer({ command: 'search', query: '清洁家庭' }).items[0]?.citation).toMatch(/^溪口村垃圾分类宣传手册 · /u);
    expect(live.answer({ command: 'about', query: '' }).message).toMatch(/未载入（1项）：\n {2}已跳过 半截\.docx：不是有效的 ZIP 文件/u);

    writeFileSync(join(corpusDir, 'fishery.txt'), '渔业合作备忘录\n\n挪威向越南出口三文鱼苗。\n');
    await until(() => live.stats().documents.length === 3, 60_000);
    expect(live.answer({ command: 'search', query: '三文鱼' }).total).toBe(1);
  }, 120_000);
});
