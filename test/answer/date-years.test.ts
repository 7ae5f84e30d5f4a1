import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/create-engine.js';
import type { Engine } from '../../src/core/engine-api.js';
import { createLogger } from '../../src/log.js';

// A server's folder with chronicles of two years: a day written without its year is both years'.
// Its own process and corpus (one jieba dictionary per process).

let engine: Engine;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'qa-years-'));
  const chronicle = (id: string, year: number, text: string) => {
    writeFileSync(join(corpusDir, `${id}.txt`), text);
    writeFileSync(join(corpusDir, `${id}.meta.json`), JSON.stringify({ id, title: id, kind: 'chronicle', year }));
  };
  chronicle('club', 2020, '俱乐部纪事\n\n3月18日\n◆俱乐部举行春季长跑。\n\n3月19日\n◆俱乐部接待来访球队。\n');
  chronicle('school', 2021, '学校大事记\n\n3月18日\n◆学校举行春季运动会。\n\n3月19日\n◆友好学校代表团来访。\n');
  engine = await createEngine({ corpusDir, cacheDir: mkdtempSync(join(tmpdir(), 'qa-years-cache-')), logger: createLogger('silent') });
});

const date = (query: string) => engine.answer({ command: 'date', query, pageSize: 50 });

describe('/date over chronicles of two years', () => {
  it('given a day without its year, then that day of each year, each under its own heading', () => {
    const answer = date('3月19日');
    expect(answer.items.map((i) => [i.date, i.text])).toEqual([
      ['2020-03-19', '俱乐部接待来访球队。'],
      ['2021-03-19', '友好学校代表团来访。'],
    ]);
    expect(answer.groups?.map((g) => g.label)).toEqual(['3月19日', '2021年3月19日']);
  });

  it('given a day with its year, then that year only', () => {
    expect(date('2021年3月18日').items.map((i) => i.text)).toEqual(['学校举行春季运动会。']);
  });

  it('given a month without its year, then both years, and no timeline spanning the year between them', () => {
    const answer = date('3月');
    expect(answer.total).toBe(4);
    expect(answer.timeline).toBeUndefined();
  });
});
