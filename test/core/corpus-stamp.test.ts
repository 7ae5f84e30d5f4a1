import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusStamp } from '../../src/core/corpus-stamp.js';
import { createEngine } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';
import { tempCorpus } from '../support/temp-corpus.js';

// An operator edits the corpus folder while the bot runs: /about says the answers are still the
// old documents' until a restart, instead of serving them in silence.

describe('corpusStamp', () => {
  it('given a document edited, added or removed, or any other entry added, then another stamp', () => {
    const dir = tempCorpus('stamp', { 'a.txt': '笔记\n\n公园开放。\n' });
    const first = corpusStamp(dir);
    expect(corpusStamp(dir)).toBe(first);
    // Not read, but listed by the index as not read: its fingerprint changes too.
    writeFileSync(join(dir, 'photo.png'), 'x');
    const withPhoto = corpusStamp(dir);
    expect(withPhoto).not.toBe(first);
    // Its bytes are not read: a new version of it changes nothing.
    writeFileSync(join(dir, 'photo.png'), 'a larger photo');
    expect(corpusStamp(dir)).toBe(withPhoto);
    appendFileSync(join(dir, 'a.txt'), '公园关闭。\n');
    const edited = corpusStamp(dir);
    expect(edited).not.toBe(withPhoto);
    writeFileSync(join(dir, 'b.md'), '# 新\n\n新文档。\n');
    expect(corpusStamp(dir)).not.toBe(edited);
    rmSync(dir, { recursive: true });
    expect(corpusStamp(dir)).toBe('');
  });

  it('given a dictionary file the answers read (synonyms.txt) edited, then another stamp', () => {
    const dir = tempCorpus('stamp-dict', { 'a.txt': '笔记\n\n公园开放。\n' });
    const synonyms = join(dir, '..', `synonyms-${Date.now()}.txt`);
    writeFileSync(synonyms, '');
    const first = corpusStamp(dir, [synonyms]);
    writeFileSync(synonyms, '甲 = 乙\n');
    expect(corpusStamp(dir, [synonyms])).not.toBe(first);
  });
});

describe('/about after the corpus folder changed', () => {
  it('given a document added while the bot runs, then /about says a restart is needed; before, nothing', async () => {
    const corpusDir = tempCorpus('stamp-engine', { 'a.txt': '笔记\n\n公园开放。\n' });
    const engine = await createEngine({
      corpusDir,
      cacheDir: mkdtempSync(join(tmpdir(), 'qa-stamp-cache-')),
      logger: createLogger('silent'),
    });
    expect(engine.answer({ command: 'about', query: '' }).message).not.toContain('启动后有变化');
    writeFileSync(join(corpusDir, 'b.txt'), '新笔记\n\n湖面结冰。\n');
    expect(engine.answer({ command: 'about', query: '' }).message).toContain('语料文件夹在启动后有变化');
    expect(engine.answer({ command: 'about', query: '', locale: 'en' }).message).toContain('restart to serve the new ones');
  });
});
