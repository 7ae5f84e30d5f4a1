import { beforeAll, describe, expect, it } from 'vitest';
import { meetsSyntax, readSearchSyntax, syntaxNotice } from '../../src/answer/search-syntax.js';
import type { Engine } from '../../src/core/engine-api.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { realEngine } from '../support/engine.js';

describe('reading /search operators', () => {
  it('given no operator (a hyphen inside a word, a minus before a figure, "or" in lower case), then the query is searched as before', () => {
    for (const query of ['健康丝绸之路', 'COVID-19', '-5%', '口罩 or 防护服', '他说"好', '方舱医院 口罩'])
      expect(readSearchSyntax(query), query).toBeNull();
  });

  it('given phrases in any quote marks, then each must be written as it is, and is ranked unquoted', () => {
    expect(readSearchSyntax('"医疗物资" 意大利')).toEqual({ text: '医疗物资 意大利', required: ['医疗物资'], excluded: [] });
    for (const quoted of ['“医疗物资”', '「医疗物资」', '『医疗物资』', '＂医疗物资＂'])
      expect(readSearchSyntax(quoted)?.required, quoted).toEqual(['医疗物资']);
  });

  it('given a minus before a word or a quoted phrase (ASCII or full-width), then it is left out', () => {
    expect(readSearchSyntax('口罩 -捐赠 －"医疗 物资"')).toEqual({ text: '口罩', required: [], excluded: ['捐赠', '医疗 物资'] });
  });

  it('given AND between keywords, then every keyword is required; OR asks for any, as keywords typed apart do', () => {
    expect(readSearchSyntax('意大利 AND 总理')).toEqual({ text: '意大利 总理', required: ['意大利', '总理'], excluded: [] });
    expect(readSearchSyntax('口罩 OR 防护服')).toEqual({ text: '口罩 防护服', required: [], excluded: [] });
  });

  it('given a sentence, then it meets the operators in either script, and a Chinese phrase typed with spaces as written without', () => {
    const meets = meetsSyntax({ text: '', required: ['義大利', '医疗 物资'], excluded: ['捐赠'] });
    expect(meets('意大利收到医疗物资')).toBe(true);
    expect(meets('意大利收到捐赠的医疗物资')).toBe(false);
    expect(meets('意大利收到医疗援助物资')).toBe(false);
  });

  it('given operators, then a line says how they were read, in the reader’s language', () => {
    const syntax = { text: '健康丝绸之路', required: ['健康丝绸之路'], excluded: ['意大利'] };
    expect(syntaxNotice(syntax)).toBe('只列出含“健康丝绸之路”原文的句子，已排除含“意大利”的句子。');
    expect(syntaxNotice(syntax, 'en')).toBe('Only sentences writing “健康丝绸之路” are listed; sentences with “意大利” are left out.');
  });
});

describe('/search with operators (real corpus)', () => {
  let engine: Engine;
  let texts: string[];
  beforeAll(async () => {
    engine = await realEngine();
    texts = loadCorpus(DEFAULT_PATHS.corpusDir).documents.flatMap((d) => d.passages.map((p) => p.text));
  });
  const all = (query: string) => engine.answer({ command: 'search', query, pageSize: 100 });
  const writing = (test: (text: string) => boolean) => texts.filter(test).length;

  it('given a quoted phrase, then exactly the sentences writing it, where the plain search also lists sentences holding its words apart', () => {
    const quoted = all('"医疗物资"');
    expect(quoted.items.every((i) => i.text.includes('医疗物资'))).toBe(true);
    expect(quoted.total).toBe(writing((t) => t.includes('医疗物资')));
    expect(all('医疗物资').total).toBeGreaterThan(quoted.total);
    expect(quoted.message).toContain('只列出含“医疗物资”原文的句子');
  });

  it('given a word with an excluded word, then its sentences without it', () => {
    const answer = all('口罩 -捐赠');
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.text.includes('口罩') && !i.text.includes('捐赠'))).toBe(true);
    expect(answer.total).toBe(writing((t) => t.includes('口罩') && !t.includes('捐赠')));
  });

  it('given a common word with an excluded word, then the count of every sentence meeting both is exact beyond the listed best', () => {
    const answer = all('疫情 -中国');
    expect(answer.matched).toBe(writing((t) => t.includes('疫情') && !t.includes('中国')));
    expect(answer.matched).toBeGreaterThan(answer.total);
  });

  it('given Traditional quoted and AND, then the Simplified sentences writing every keyword', () => {
    expect(all('「義大利」').items.every((i) => i.text.includes('意大利'))).toBe(true);
    const both = all('意大利 AND 总理');
    expect(both.total).toBe(writing((t) => t.includes('意大利') && t.includes('总理')));
  });

  it('given only excluded words, then a clear error asking for something to find', () => {
    const answer = all('-捐赠');
    expect(answer.error?.code).toBe('empty-query');
    expect(answer.error?.message).toContain('排除词');
  });

  it('given a quoted phrase no sentence writes, then nothing found, the operators restated and a suggestion to drop them', () => {
    const answer = all('"口罩捐赠仪式"');
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('只列出含“口罩捐赠仪式”原文的句子');
    expect(answer.suggestions[0]).toContain('去掉引号');
  });
});
