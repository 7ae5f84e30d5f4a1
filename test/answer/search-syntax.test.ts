import { beforeAll, describe, expect, it } from 'vitest';
import { type Condition, conditionTerms, isJoinedName, meets, readSearchSyntax, syntaxNotice } from '../../src/answer/search-syntax.js';
import type { Engine } from '../../src/core/engine-api.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { realEngine } from '../support/engine.js';

describe('reading /search operators', () => {
  const holding =
    (...written: string[]) =>
    (keyword: string) =>
      written.includes(keyword);
  const condition = (query: string) => readSearchSyntax(query)!.condition;

  it('given no operator (a hyphen inside a word, a minus before a figure, "or" in lower case), then the query is searched as before', () => {
    for (const query of ['健康丝绸之路', 'COVID-19', '-5%', '口罩 or 防护服', '方舱医院 口罩', '新冠肺炎（COVID-19）', '(口罩)'])
      expect(readSearchSyntax(query), query).toBeNull();
  });

  it('given phrases in any quote marks and +word, then each must be written, and is ranked unquoted beside the other keywords', () => {
    const syntax = readSearchSyntax('"医疗物资" 意大利')!;
    expect(syntax.text).toBe('医疗物资 意大利');
    expect(meets(syntax.condition, holding('医疗物资'))).toBe(true);
    expect(meets(syntax.condition, holding('意大利'))).toBe(false);
    for (const quoted of ['“医疗物资”', '「医疗物资」', '『医疗物资』', '＂医疗物资＂', '+医疗物资'])
      expect(conditionTerms(condition(quoted)), quoted).toEqual(['医疗物资']);
  });

  it('given a minus before a word or a quoted phrase (ASCII, full-width or doubled), then it is left out', () => {
    const syntax = readSearchSyntax('口罩 -捐赠 －"医疗 物资" --援助')!;
    expect(syntax.text).toBe('口罩');
    expect(meets(syntax.condition, holding('口罩'))).toBe(true);
    for (const excluded of ['捐赠', '医疗 物资', '援助']) expect(meets(syntax.condition, holding('口罩', excluded)), excluded).toBe(false);
  });

  it('given AND, OR, NOT, a lone minus and brackets, then a condition: AND before OR, keywords side by side joined by AND', () => {
    const either = condition('(口罩 OR 防护服) 呼吸机');
    expect(meets(either, holding('防护服', '呼吸机'))).toBe(true);
    expect(meets(either, holding('防护服'))).toBe(false);
    const first = condition('口罩 AND 防护服 OR 呼吸机');
    expect(meets(first, holding('呼吸机'))).toBe(true);
    expect(meets(first, holding('口罩'))).toBe(false);
    for (const query of ['口罩 NOT 捐赠', '口罩 - 捐赠', '口罩 && NOT 捐赠'])
      expect([meets(condition(query), holding('口罩')), meets(condition(query), holding('口罩', '捐赠'))], query).toEqual([true, false]);
    expect(readSearchSyntax('（口罩 || 防护服） AND 呼吸机')?.text).toBe('口罩 防护服 呼吸机');
  });

  it('given AND, OR, NOT, && or || typed without spaces between Chinese keywords, then the same operators', () => {
    for (const [joined, spaced] of <[string, string][]>[
      ['口罩AND捐赠', '口罩 AND 捐赠'],
      ['口罩OR呼吸机', '口罩 OR 呼吸机'],
      ['口罩NOT捐赠', '口罩 NOT 捐赠'],
      ['口罩 NOT捐赠', '口罩 NOT 捐赠'],
      ['口罩||呼吸机', '口罩 || 呼吸机'],
      ['口罩|呼吸机', '口罩 | 呼吸机'],
      ['口罩AND-捐赠', '口罩 AND -捐赠'],
      ['口罩OR+呼吸机', '口罩 OR +呼吸机'],
      ['口罩&&捐赠', '口罩 && 捐赠'],
      ['(口罩OR防护服)呼吸机', '(口罩 OR 防护服) 呼吸机'],
      ['口罩ＡＮＤ捐赠', '口罩 AND 捐赠'],
    ])
      expect(readSearchSyntax(joined), joined).toEqual(readSearchSyntax(spaced));
    // Capitals beside Latin letters, or beside a single Chinese character (OR值: the odds ratio), are letters; in quotes, words.
    for (const query of [
      'ANDROID手机',
      '华为ORACLE',
      'iPhoneOR华为',
      'NOTE',
      'OR值',
      '的OR值',
      '调整OR值 吸烟',
      'ORF1ab基因',
      '新冠病毒ORF8蛋白',
      '中国AND',
    ])
      expect(readSearchSyntax(query), query).toBeNull();
    expect(conditionTerms(condition('"口罩AND捐赠"'))).toEqual(['口罩AND捐赠']);
  });

  it('given negations typed in a row (NOT -word, - - word), then one negation, as meant', () => {
    const once = readSearchSyntax('口罩 NOT 捐赠')!.condition;
    for (const query of ['口罩 NOT -捐赠', '口罩 - -捐赠', '口罩 NOT NOT 捐赠'])
      expect(readSearchSyntax(query)?.condition, query).toEqual(once);
    expect(syntaxNotice(readSearchSyntax('口罩 NOT -捐赠')!)).toBe('只列出符合条件的句子：“口罩”且不含“捐赠”。');
  });

  it('given a chain of forty negations or a word left out forty times, then one, said once (each NOT was spoken twice over: 2⁴⁰)', () => {
    expect(readSearchSyntax(`${'NOT '.repeat(40)}口罩`)?.condition).toEqual({ kind: 'not', of: { kind: 'term', text: '口罩' } });
    const nested = Array.from({ length: 40 }).reduce<Condition>((of) => ({ kind: 'not', of }), { kind: 'term', text: '口罩' });
    expect(syntaxNotice({ text: '', condition: nested, boolean: true, free: [] })).toMatch(/^只列出符合条件的句子：(不含){40}“口罩”。$/u);
    expect(syntaxNotice(readSearchSyntax(`口罩${' -捐赠'.repeat(40)}`)!)).toBe('已排除含“捐赠”的句子。');
  });

  it('given ANDNOT or ORNOT typed as one between Chinese keywords, then AND NOT, OR NOT', () => {
    expect(readSearchSyntax('口罩ANDNOT捐赠')?.condition).toEqual(readSearchSyntax('口罩 AND NOT 捐赠')?.condition);
    expect(readSearchSyntax('口罩ORNOT捐赠')?.condition).toEqual(readSearchSyntax('口罩 OR NOT 捐赠')?.condition);
  });

  it('given a passage pasted with its own quotation marks, then the quotes are the document’s, not a phrase required', () => {
    expect(readSearchSyntax('钟南山说,必须高度重视,“早发现”是控制疫情的关键。')).toBeNull();
    // Keywords beside a quoted phrase, or a quoted phrase holding punctuation, keep their quotes.
    expect(readSearchSyntax('“早发现” 疫情')?.condition).toEqual({ kind: 'and', of: [{ kind: 'term', text: '早发现' }] });
    expect(readSearchSyntax('"口罩、防护服"')?.condition).toEqual({ kind: 'and', of: [{ kind: 'term', text: '口罩、防护服' }] });
    // Quoted phrases listed with commas between them are phrases still.
    const listedPhrases = {
      kind: 'and',
      of: [
        { kind: 'term', text: '控制疫情' },
        { kind: 'term', text: '早发现' },
      ],
    };
    expect(readSearchSyntax('"控制疫情","早发现"')?.condition).toEqual(listedPhrases);
    expect(readSearchSyntax('“控制疫情”，“早发现”')?.condition).toEqual(listedPhrases);
  });

  it('given Chinese words joined by a dash or a middle dot, then a joined name; a minus after a space or a Latin hyphen, not', () => {
    for (const query of ['中国—意大利', '中国-意大利', '阿斯顿·马丁']) expect(isJoinedName(query), query).toBe(true);
    for (const query of ['口罩 -捐赠', 'COVID-19', '中国—意大利 口罩']) expect(isJoinedName(query), query).toBe(false);
  });

  it('given operators with nothing to find, then no text to rank', () => {
    for (const query of ['AND', 'OR', '""', '-捐赠', 'NOT 口罩', '() OR']) expect(readSearchSyntax(query)?.text, query).toBe('');
  });

  it('given operators, then a line says how they were read, in the reader’s language', () => {
    const plain = readSearchSyntax('“健康丝绸之路” -意大利')!;
    expect(syntaxNotice(plain)).toBe('只列出含“健康丝绸之路”的句子，已排除含“意大利”的句子。');
    expect(syntaxNotice(plain, 'en')).toBe('Only sentences containing “健康丝绸之路” are listed; sentences with “意大利” are left out.');
    const boolean = readSearchSyntax('(口罩 OR 防护服) AND NOT 捐赠')!;
    expect(syntaxNotice(boolean)).toBe('只列出符合条件的句子：（“口罩”或“防护服”）且不含“捐赠”。');
    expect(syntaxNotice(boolean, 'en')).toBe('Only sentences meeting (“口罩” or “防护服”) and not “捐赠” are listed.');
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

  it('given a quoted keyword no sentence writes, then the note says it was looked for as written, not that its sentences are listed', () => {
    const answer = all('"古特雷丝"');
    expect(answer.total).toBe(0);
    expect(answer.message).toContain('引号中的词按原文查找：“古特雷丝”');
    expect(answer.message).not.toContain('只列出含');
  });
  const writing = (test: (text: string) => boolean) => texts.filter(test).length;

  it('given a quoted phrase, then exactly the sentences writing it, where the plain search also lists sentences holding its words apart', () => {
    const quoted = all('"医疗物资"');
    expect(quoted.items.every((i) => i.text.includes('医疗物资'))).toBe(true);
    expect(quoted.total).toBe(writing((t) => t.includes('医疗物资')));
    expect(all('医疗物资').total).toBeGreaterThan(quoted.total);
    expect(quoted.message).toContain('只列出含“医疗物资”的句子');
  });

  it('given a name joined by a dash, then the sentences writing it, whatever the dash (it was two keywords, 中国 first)', () => {
    const written = writing((t) => t.includes('中国—意大利'));
    expect(written).toBeGreaterThan(0);
    for (const query of ['中国—意大利', '中国-意大利']) {
      const answer = all(query);
      expect(answer.total, query).toBe(written);
      for (const item of answer.items) expect(item.text, query).toContain('中国—意大利');
    }
    // One no sentence writes (the documents write 中国与东盟): its words, as before, not nothing.
    expect(writing((t) => t.includes('中国-东盟') || t.includes('中国—东盟'))).toBe(0);
    const words = all('中国-东盟');
    expect(words.items[0]?.text).toMatch(/中国.*东盟/u);
  });

  it('given G20 or COVID-19, then the sentences writing what the documents call them: 二十国集团, 新冠肺炎 (not 19国)', () => {
    for (const query of ['G20', 'G-20']) {
      const answer = all(query);
      expect(answer.total, query).toBe(writing((t) => t.includes('二十国集团')));
    }
    // G7's 七国集团 no document writes: results holding a share of it (二十国集团) are said to be so.
    expect(all('G7').message).toMatch(/以下结果都不包含“G7”的中文说法（七国集团）/u);
    expect(all('G20').message ?? '').not.toMatch(/中文说法/u);
    const covid = all('COVID-19');
    expect(covid.total).toBeGreaterThan(0);
    for (const item of covid.items) expect(item.text).toMatch(/新冠/u);
  });

  it('given a word with an excluded word, then its sentences without it', () => {
    const answer = all('口罩 -捐赠');
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.text.includes('口罩') && !i.text.includes('捐赠'))).toBe(true);
    expect(answer.total).toBe(writing((t) => t.includes('口罩') && !t.includes('捐赠')));
    // NOT and a minus together are one exclusion, not two that cancel out.
    expect(all('口罩 NOT -捐赠').items.map((i) => i.id)).toEqual(answer.items.map((i) => i.id));
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
    expect(answer.message).toContain('引号中的词按原文查找：“口罩捐赠仪式”');
    expect(answer.suggestions[0]).toContain('去掉引号');
  });

  it('given a quoted phrase typed with other punctuation, or none, than the document writes, then the sentences writing it', () => {
    for (const [query, written] of [
      ['"口罩、防护服"', '口罩防护服'],
      ['"中国-意大利"', '中国—意大利'],
    ] as const) {
      const answer = all(query);
      expect(answer.total, query).toBeGreaterThan(0);
      expect(answer.items.every((i) => i.text.includes(written))).toBe(true);
    }
  });

  it('given a quoted phrase the document writes with a comma, then no note that the results lack it', () => {
    // Held with its comma (措施，有效阻断), it is in the result: the notes said both "only
    // sentences with it" and "none of the results contains it".
    const answer = all('"措施有效阻断"');
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.message ?? '').not.toContain('都不包含');
    expect(all('"医疗物资" 七亿元').message).toContain('以下结果都不包含“七亿元”');
  });

  it('given an English keyword left out, then sentences writing the Chinese words a search of it looks for are left out too', () => {
    const words = new Set(
      engine
        .answer({ command: 'search', query: 'donation', pageSize: 100 })
        .items.flatMap((i) => i.highlights.map(([a, b]) => i.text.slice(a, b))),
    );
    expect(words.size).toBeGreaterThan(0);
    const answer = all('口罩 -donation');
    expect(answer.items.every((i) => ![...words].some((w) => i.text.includes(w)))).toBe(true);
    expect(answer.total).toBeLessThan(all('口罩').total);
  });

  it('given AND, OR and brackets, then exactly the sentences meeting the condition', () => {
    const answer = all('(口罩 OR 防护服) AND 呼吸机');
    expect(answer.total).toBe(writing((t) => (t.includes('口罩') || t.includes('防护服')) && t.includes('呼吸机')));
    expect(answer.message).toContain('（“口罩”或“防护服”）且“呼吸机”');
    expect(all('口罩 NOT 捐赠').total).toBe(writing((t) => t.includes('口罩') && !t.includes('捐赠')));
  });

  it('given AND, OR or quotes with no keyword, then an error that names what is missing (not excluded words)', () => {
    for (const query of ['AND', 'OR', '""']) {
      const answer = all(query);
      expect(answer.error?.code, query).toBe('empty-query');
      expect(answer.error?.message, query).not.toContain('排除词');
    }
  });

  it('given OR beside a word too common for the index to score, then every sentence meeting either, counted', () => {
    // 疫情 is in 344 of the 757 sentences: left out of the search, 疫情 OR 武汉 listed only the 武汉 ones.
    const answer = all('疫情 OR 武汉');
    expect(answer.matched ?? answer.total).toBe(writing((t) => t.includes('疫情') || t.includes('武汉')));
    expect(all('"9吨" OR "5天"').total).toBe(writing((t) => t.includes('9吨') || t.includes('5天')));
    expect(all('口罩 OR NOT 捐赠').matched).toBe(writing((t) => t.includes('口罩') || !t.includes('捐赠')));
  });

  it('given a quote mark left open after a minus, then the word is left out, not required', () => {
    expect(all('口罩 -"捐赠').total).toBe(writing((t) => t.includes('口罩') && !t.includes('捐赠')));
  });

  it('given an English keyword required, then sentences writing one of its whole translations, not a part of one', () => {
    // masks is 口罩 or 医用口罩: 医用 alone (医用防护服) is no mask.
    const answer = all('+masks');
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.text.includes('口罩'))).toBe(true);
  });

  it('given operators typed in full-width letters, then the same operators', () => {
    expect(all('口罩 ＡＮＤ 呼吸机').total).toBe(all('口罩 AND 呼吸机').total);
    expect(all('口罩 ＡＮＤ 呼吸机').message).toContain('“口罩”且“呼吸机”');
  });

  it('given a quoted phrase, then it is lit whole, and its words only where another keyword asks for them', () => {
    const lit = (query: string) => all(query).items.flatMap((i) => i.highlights.map(([a, b]) => i.text.slice(a, b)));
    // Its words alone lit 中国 in 中国红十字会 and 中国疾控中心 too.
    const phrase = lit('"中国—意大利"');
    expect(phrase.length).toBeGreaterThan(0);
    expect(new Set(phrase)).toEqual(new Set(['中国—意大利']));
    expect(new Set(lit('"医疗物资" 意大利'))).toEqual(new Set(['医疗物资', '意大利']));
  });

  it('given operators on numbers, symbols and English compounds, then they are found as written', () => {
    // A number whole (10 is not in 100), a symbol kept ("5%" is not 5天), COVID-19's 19 no part of
    // the condition (it asked for 19 besides 新冠肺炎, and found nothing).
    const whole = (n: string) => new RegExp(`(?<![\\d.])${n}(?![\\d]|\\.\\d)`);
    expect(all('10 OR 20').total).toBe(writing((t) => whole('10').test(t) || whole('20').test(t)));
    expect(all('"5%"').total).toBe(writing((t) => t.includes('5%')));
    expect(all('"COVID-19"').total).toBeGreaterThan(0);
  });

  it('given a quoted phrase the sentence writes with other punctuation, then its words are lit there', () => {
    const answer = all('"中国-意大利"');
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.highlights.length > 0)).toBe(true);
  });
});
