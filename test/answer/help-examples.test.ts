import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { answerOverFiles } from '../support/answer-over.js';
import { realEngine } from '../support/engine.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';

// /help over a server's documents without dated entries or countries: it named the starting
// chronicle (纪实条目, /date 3月18日, /country 意大利), which those documents have nothing of.

const help = (engine: Engine, locale?: 'en') => engine.answer({ command: 'help', query: '', ...(locale ? { locale } : {}) }).message ?? '';
const line = (text: string, command: string) => text.split('\n').find((l) => l.startsWith(`/${command} `)) ?? '';

describe('/help over documents without dated entries or countries', () => {
  const engine = answerOverFiles('help-examples', SERVER_DOCUMENTS);

  it('given /help, then no chronicle is named and /date and /country say they have nothing to list, with no example', () => {
    const text = help(engine);
    expect(text).not.toContain('纪实');
    expect(line(text, 'date')).toBe('/date 日期 — 列出某一天的全部带日期条目（已载入的文档都没有带日期的条目）');
    expect(line(text, 'country')).toBe('/country 国家 — 列出提到某个国家或地区的全部句子（已载入的文档没有提到国家或地区）');
    expect(text).not.toMatch(/3月18日|意大利|古特雷斯|健康丝绸之路/);
  });

  it('given /help in English, then the same', () => {
    const text = help(engine, 'en');
    expect(text).not.toMatch(/chronicle|March 18|Italy/);
    expect(line(text, 'date')).toBe('/date — every dated entry of a day (no loaded document has dated entries)');
  });

  it('given the examples /help shows, then each finds something in the documents', () => {
    for (const command of ['ask', 'search', 'context']) {
      const example = line(help(engine), command).match(/（例：\/\w+ (.+)）$/)?.[1];
      expect(example, command).toBeTruthy();
      expect(engine.answer({ command, query: example! }).items.length, command).toBeGreaterThan(0);
    }
  });

  it('given /help, then /ask’s example is a question a reader would ask, about a word of the documents', () => {
    expect(line(help(engine), 'ask')).toMatch(/（例：\/ask 文档里关于\p{Script=Han}{2,}说了什么）$/u);
  });

  it('given /country with nothing typed, over documents naming no place, then what it lists and that they name none, no Italy to try', () => {
    const message = engine.answer({ command: 'country', query: '' }).error?.message ?? '';
    expect(message).toMatch(/^请输入国家或地区名称。.*没有提到国家或地区/u);
    expect(message).not.toContain('意大利');
  });
});

describe('/help over the starting documents', () => {
  it('given /help, then the chronicle’s examples as they always were, its entries named as dated', async () => {
    const text = help(await realEngine());
    expect(line(text, 'date')).toBe('/date 日期 — 列出某一天（或日期范围、月份）的全部带日期条目（例：/date 3月18日）');
    expect(line(text, 'country')).toBe('/country 国家 — 列出提到某个国家或地区的全部句子（例：/country 意大利）');
    expect(line(text, 'context')).toMatch(/^\/context 编号 — 显示一句话的上下文（整个条目或前后两句）（例：\/context chronicle:/);
  });
});
