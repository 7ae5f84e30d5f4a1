import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { answerOverFiles } from '../support/answer-over.js';
import { realEngine } from '../support/engine.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';

// A search for a day that finds nothing offers /date only where /date lists something: the
// offer used to lead, over documents without dated entries, to "no entries".

const offersDate = (engine: Engine, query: string) => {
  const answer = engine.answer({ command: 'search', query });
  return {
    total: answer.total,
    offered: answer.suggestions.some((s) => s.startsWith('/date')),
    said: /\/date/.test(answer.message ?? ''),
  };
};

describe('/date offered by a search of a day, over documents without dated entries', () => {
  const engine = answerOverFiles('date-offer', SERVER_DOCUMENTS);

  it('given /search 5月3日, then nothing found and /date neither offered nor named', () => {
    expect(offersDate(engine, '5月3日')).toEqual({ total: 0, offered: false, said: false });
  });
});

describe('/date offered by a search of a day, over the chronicle (entries 3月8日 to 3月27日)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await realEngine();
  });

  it('given a day among the entries that no sentence writes, then /date is offered, naming the entries as dated (a changelog’s are no chronicle’s)', () => {
    expect(offersDate(engine, '3月24日')).toEqual({ total: 0, offered: true, said: true });
    expect(engine.answer({ command: 'search', query: '3月24日' }).message).toMatch(
      /^没有找到与“3月24日”相关的句子。按日期查看条目请用 \/date。/,
    );
  });

  it('given a day weeks from any entry, then /date is not offered', () => {
    expect(offersDate(engine, '5月3日')).toEqual({ total: 0, offered: false, said: false });
  });

  it('given a day of another year than the entries, written with its year, then /date is not offered', () => {
    expect(offersDate(engine, '2021年3月20日')).toEqual({ total: 0, offered: false, said: false });
  });
});
