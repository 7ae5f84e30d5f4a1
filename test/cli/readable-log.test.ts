import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { readableLogDestination } from '../../src/cli/readable-log.js';

function logged(lines: (logger: pino.Logger) => void): string {
  let out = '';
  const destination = readableLogDestination((text) => {
    out += text;
  });
  lines(pino({ level: 'info' }, destination));
  destination.end();
  return out;
}

describe('readable console log lines', () => {
  it('given corpus problems, then one Chinese line each, not JSON', () => {
    const out = logged((log) => log.warn({ problem: '已跳过 photo.txt：不是文本文件' }, 'corpus problem'));
    expect(out).toBe('⚠ 语料：已跳过 photo.txt：不是文本文件\n');
  });

  it('given more problems than a screen holds, then the first ones and a count of the rest', () => {
    const out = logged((log) => {
      for (let i = 0; i < 25; i++) log.warn({ problem: `文件${i}` }, 'corpus problem');
    });
    expect(out.split('\n').filter(Boolean)).toHaveLength(21);
    expect(out).toContain('另有 5 条提示未显示');
  });

  it('given a first start, then one line saying the index is being built; other information lines, none', () => {
    const out = logged((log) => {
      log.info('no saved index yet; building it (a first start takes longer)');
      log.info({ count: 3 }, 'corpus repaired while ingesting (LOG_LEVEL=debug lists each repair)');
    });
    expect(out).toBe('ℹ 第一次启动：正在建立索引，请稍候（约需 15–20 秒）\n');
  });

  it('given the start-up failure record, then nothing: its Chinese line follows it (startup-failure.ts)', () => {
    expect(logged((log) => log.fatal({ err: new Error('ENOENT: no such file') }, 'start-up failed'))).toBe('');
  });

  it('given a known start-up warning, then it is said in Chinese; an unknown one as written, with its detail', () => {
    expect(
      logged((log) => log.warn({ path: '/x/index.json', reason: 'corpus or index code changed' }, 'saved index not usable; rebuilding')),
    ).toBe('⚠ 语料或程序有变化，正在重建索引\n');
    expect(logged((log) => log.error({ err: new Error('boom') }, 'something else'))).toBe('✗ something else（boom）\n');
  });

  it('given a folder that cannot be written, then the warning, in Chinese, names the folder to fix and the reason', () => {
    const msg = 'index cache folder is not writable: the index is built in memory and rebuilt at every start';
    expect(logged((log) => log.warn({ path: '/srv/cache', reason: "EACCES: permission denied, mkdir '/srv/cache'" }, msg))).toBe(
      '⚠ 索引缓存文件夹不可写：每次启动都会重建索引（/srv/cache，EACCES）\n',
    );
    const prepared = 'could not save the prepared dictionaries; every build prepares them again';
    expect(logged((log) => log.warn({ path: '/srv/cache/prepared/dictionaries.bin' }, prepared))).toMatch(
      /^⚠ 预处理的词典无法保存.*（\/srv\/cache\/prepared\/dictionaries\.bin）\n$/,
    );
  });
});
