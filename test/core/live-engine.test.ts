import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusStampOf } from '../../src/core/create-engine.js';
import { followCorpusBuilds, type LiveEngine, liveEngine } from '../../src/core/live-engine.js';
import { createLogger } from '../../src/log.js';
import { tempCorpus } from '../support/temp-corpus.js';
import { until } from '../support/until.js';

// A running bot follows its corpus folder: a document dropped in is answered without a restart,
// the index built in a child process while the old engine answers. Real engine, real child
// process, real files. Own process: a reload replaces the process's jieba dictionary.

const FIRST = { 'report.txt': '农业合作协议\n\n法国希望扩大对华出口奶酪。\n' };
const ADDED = '渔业合作备忘录\n\n挪威向越南出口三文鱼苗。\n\n双方约定共建冷链仓库。\n';

let engine: LiveEngine | null = null;
afterEach(() => engine?.stop());

const aboutOf = (e: LiveEngine) => e.answer({ command: 'about', query: '' }).message ?? '';

/** A live engine over `corpusDir`, looking every 100 ms; kept in `engine` for afterEach to stop. */
async function following(corpusDir: string, cacheDir: string, builds = true, logger = createLogger('silent')): Promise<LiveEngine> {
  engine = await liveEngine({ corpusDir, cacheDir, intervalMs: 100, builds, logger });
  return engine;
}

/** A logger that keeps each line's message. */
function recording(): { logger: ReturnType<typeof createLogger>; messages: string[] } {
  const messages: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void messages.push(String(JSON.parse(line).msg ?? '')) });
  return { logger, messages };
}

describe('a live engine over a folder that changes', () => {
  it('given a document dropped in, then /about says the index is updating, and soon the new document is answered', async () => {
    const corpusDir = tempCorpus('live', FIRST);
    const live = await following(corpusDir, mkdtempSync(join(tmpdir(), 'qa-live-cache-')));
    expect(live.answer({ command: 'search', query: '三文鱼' }).total).toBe(0);

    writeFileSync(join(corpusDir, 'fishery.txt'), ADDED);
    await until(() => aboutOf(live).includes('正在更新索引'));
    // What Discord's /about reads (render-about.ts): the same state.
    expect(live.stats().corpusChange).toBe('updating');
    // Meanwhile the old documents are answered as before.
    expect(live.answer({ command: 'search', query: '奶酪' }).total).toBe(1);

    await until(() => live.stats().documents.length === 2);
    expect(live.answer({ command: 'search', query: '三文鱼' }).items.map((i) => i.text)).toEqual(['挪威向越南出口三文鱼苗。']);
    // Segmented with the new corpus's dictionary: its words are found as words.
    expect(live.answer({ command: 'search', query: '冷链仓库' }).total).toBe(1);
    expect(live.answer({ command: 'search', query: '奶酪' }).total).toBe(1);
    expect(aboutOf(live)).not.toContain('⚠');

    // A document removed is no longer answered.
    rmSync(join(corpusDir, 'report.txt'));
    await until(() => live.stats().documents.length === 1);
    expect(live.answer({ command: 'search', query: '奶酪' }).total).toBe(0);

    // The folder emptied (a deploy replacing it): the last documents are still served, and said so,
    // cut by their own dictionary (jieba's is the whole process's: the refused index never loaded its own).
    const cut = () => nodejieba.cut('双方约定共建冷链仓库', true).join('|');
    const before = cut();
    rmSync(join(corpusDir, 'fishery.txt'));
    await until(() => live.stats().corpusChange === 'failed');
    expect(cut()).toBe(before);
    expect(live.stats().documents.length).toBe(1);
    expect(live.answer({ command: 'search', query: '三文鱼' }).total).toBe(1);
    expect(aboutOf(live)).toContain('索引未能更新');
  }, 60_000);

  it('given a document touched (its time changed, not its bytes), then nothing is reloaded; an edit after it still is', async () => {
    const corpusDir = tempCorpus('live-touch', FIRST);
    const { logger, messages } = recording();
    const live = await following(corpusDir, mkdtempSync(join(tmpdir(), 'qa-live-touch-cache-')), true, logger);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(corpusDir, 'report.txt'), later, later);
    await until(() => messages.some((m) => m.includes('not reloaded')));
    expect(messages.filter((m) => m === 'corpus reloaded')).toEqual([]);
    expect(live.stats().corpusChange).toBeUndefined();

    writeFileSync(join(corpusDir, 'fishery.txt'), ADDED);
    await until(() => live.stats().documents.length === 2);
    expect(messages.filter((m) => m === 'corpus reloaded')).toHaveLength(1);
  }, 60_000);

  it('given a folder changed while the bot was down, then it starts from the saved index of the folder as it was, and soon serves the change', async () => {
    const corpusDir = tempCorpus('live-stale', FIRST);
    const cacheDir = mkdtempSync(join(tmpdir(), 'qa-live-stale-cache-'));
    (await following(corpusDir, cacheDir)).stop();
    writeFileSync(join(corpusDir, 'fishery.txt'), ADDED);
    const { logger, messages } = recording();
    const live = await following(corpusDir, cacheDir, true, logger);
    // Started without building: the documents as they were, said to be updating.
    expect(messages.some((m) => m.startsWith('the corpus folder changed since the index was saved'))).toBe(true);
    expect(live.stats().documents.length).toBe(1);
    expect(live.stats().corpusChange).toBe('updating');
    expect(live.answer({ command: 'search', query: '奶酪' }).total).toBe(1);
    await until(() => live.stats().documents.length === 2);
    expect(live.answer({ command: 'search', query: '三文鱼' }).total).toBe(1);
    expect(live.stats().corpusChange).toBeUndefined();
  }, 60_000);

  it('given a document removed while the bot was down, then it is never quoted: the index is rebuilt before the bot answers', async () => {
    const corpusDir = tempCorpus('live-removed', { ...FIRST, 'fishery.txt': ADDED });
    const cacheDir = mkdtempSync(join(tmpdir(), 'qa-live-removed-cache-'));
    (await following(corpusDir, cacheDir)).stop();
    rmSync(join(corpusDir, 'fishery.txt'));
    const { logger, messages } = recording();
    const live = await following(corpusDir, cacheDir, true, logger);
    expect(messages.some((m) => m.startsWith('a document the saved index holds was removed'))).toBe(true);
    expect(live.stats().documents.length).toBe(1);
    expect(live.answer({ command: 'search', query: '三文鱼' }).total ?? 0).toBe(0);
    expect(live.stats().corpusChange).toBeUndefined();
  }, 60_000);

  it('given a change whose index cannot be saved, then /about says the update failed and the old documents are still answered', async () => {
    const corpusDir = tempCorpus('live-fail', FIRST);
    // A file where the cache folder should be: every build works, none can be saved and loaded.
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'qa-live-fail-')), 'not-a-folder');
    writeFileSync(cacheDir, '');
    const live = await following(corpusDir, cacheDir);
    writeFileSync(join(corpusDir, 'fishery.txt'), ADDED);
    await until(() => aboutOf(live).includes('索引未能更新'));
    expect(live.stats().documents.length).toBe(1);
    expect(live.answer({ command: 'search', query: '奶酪' }).total).toBe(1);
  }, 60_000);
});

describe('shards following a folder', () => {
  it('given a document dropped in, then the manager builds it once and a shard, which builds nothing, loads it', async () => {
    const corpusDir = tempCorpus('live-shards', FIRST);
    const cacheDir = mkdtempSync(join(tmpdir(), 'qa-live-shards-cache-'));
    const shard = await following(corpusDir, cacheDir, false);
    const manager = followCorpusBuilds(
      { corpusDir, cacheDir, intervalMs: 100, builds: true, served: corpusStampOf({ corpusDir }) },
      createLogger('silent'),
    );
    try {
      writeFileSync(join(corpusDir, 'fishery.txt'), ADDED);
      // The shard looks first and waits: what it says meanwhile is that the index is updating.
      await until(() => shard.stats().corpusChange === 'updating');
      await until(() => shard.stats().documents.length === 2);
      expect(shard.answer({ command: 'search', query: '三文鱼' }).total).toBe(1);
      expect(shard.stats().corpusChange).toBeUndefined();
    } finally {
      manager.stop();
    }
  }, 60_000);
});
