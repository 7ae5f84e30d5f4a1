import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { rankingCandidates, rankPassages } from '../../src/answer/ranked-search.js';
import { RANKING_WEIGHTS } from '../../src/answer/ranking-weights.js';
import { createServices } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';
import { answerOver } from '../support/answer-over.js';

// Ranking fixtures for the general patterns of /ask (ranked-search.ts). Each asserts the sentence
// that answers, not merely one that shares words, and says why it should win.

const engine = answerOver();

const ask = (query: string) => engine.answer({ command: 'ask', query });

describe('/ask ranking: patterns', () => {
  it('given a question that names an event and asks about its content, then the sentence saying it outranks the one announcing the event', () => {
    // The entry's lead names the call (古特雷斯, 通电话); only the next sentence says what Xi said
    // about the Chinese people's effort. The unit carries the event to both; the asked part decides.
    const items = ask('习近平和古特雷斯通电话时怎么评价中国人民的努力？').items;
    expect(items[0]?.text).toContain('艰苦努力');
    expect(items[0]?.event).toContain('古特雷斯');
    // The announcing sentence is still shown nearby, as context for the reader.
    expect(items.slice(0, 3).some((i) => i.text.includes('古特雷斯通电话'))).toBe(true);
  });

  it('given the same pattern about another call, then the content sentence again ranks first', () => {
    const items = ask('习近平跟普京通电话时说中方愿意同各国一道干什么？').items;
    expect(items[0]?.text).toContain('各国一道');
    expect(items[0]?.date).toBe('2020-03-19');
  });

  it('given a call named only by the other leader, then a sentence of that call saying what was offered outranks the announcing one', () => {
    // The announcing sentence (习近平同沙特国王萨勒曼通电话) holds the question's names; the sentence
    // saying what China offered holds only 沙方. It stands in the entry of the best-matching
    // sentence (`sibling`), and it is short (`brevity`): the event is found, and what was said in it comes first.
    const items = ask('萨勒曼国王那通电话里，中方愿同沙方做什么？').items;
    expect(items[0]?.text).toContain('保持密切沟通');
    expect(items[0]?.event).toContain('萨勒曼');
    expect(items.slice(0, 3).some((i) => i.text.includes('萨勒曼通电话'))).toBe(true);
  });

  it('given an English question whose first clause names the event, then the sentence answering the asked clause ranks first', () => {
    // "In his call with …" names the call; its names (Li Keqiang, Bulgaria) also match the sentence
    // announcing it. The asked clause's common words (help, buy) pick the sentence that says it.
    const items = ask('In his call with the Bulgarian prime minister, what did Li Keqiang say China would help Bulgaria buy?').items;
    expect(items[0]?.text).toContain('采购');
    expect(items[0]?.event).toContain('鲍里索夫');
  });

  it('given a question naming a part of the document by position (the preface), then that part’s sentence ranks first', () => {
    // Nothing in the sentence says "preface"; the part is a filter, as a named day is. Without it,
    // sentences elsewhere sharing "people" and "suffering" words (a day of mourning) came first.
    const items = ask("What does the preface say China did for other peoples' suffering?").items;
    expect(items[0]?.text).toContain('感同身受');
    expect(items[0]?.section).toContain('前言');
  });

  it('given a question that names a day, then that day’s sentence beats the same kind of sentence on other days', () => {
    // Xi phoned presidents on several days; only 3月19日's call answers.
    const items = ask('3月19日习近平同哪位总统通电话？').items;
    expect(items[0]?.date).toBe('2020-03-19');
    expect(items[0]?.text).toContain('通电话');
  });

  it('given an everyday word the documents never use (视讯 for 视频), then sentences with the documents’ word are found', () => {
    // 视讯 (Taiwan usage) is not in the corpus; CC-CEDICT glosses it like 视频 ("video").
    const items = ask('中国和哪些国家开过视讯会议？').items;
    expect(items.slice(0, 3).some((i) => i.text.includes('视频'))).toBe(true);
  });

  it('given a question in everyday words the documents never write, made of their common characters, then it is answered', () => {
    // 大家, 出门 and 上学 are nowhere in the corpus, but their characters are everywhere: they weigh
    // what their characters do (term-information.ts), not as much as a subject the corpus lacks,
    // so the sentence about going out (外出…佩戴口罩) is found instead of "nothing".
    const items = ask('大家出门上学要注意啥').items;
    // Two sentences say it (外出自觉佩戴口罩, 外出佩戴口罩); either answers.
    expect(items[0]?.text).toMatch(/外出.*佩戴口罩/);
  });

  it('given a question that quotes a sentence and asks what comes next, then the next sentence ranks first', () => {
    // The quote matches its own sentence best; "接着" asks for the one after it, which shares
    // none of the question's words (continuation.ts).
    const items = ask('白皮书说历史车轮依然滚滚向前，接着用了哪句话？').items;
    expect(items[0]?.text).toBe('阳光总在风雨后。');
  });

  it('given an English ordinal counting a noun ("the sixth edition"), then the sentence naming 第六版 ranks first', () => {
    // "sixth" alone reads 第六 or 六次 and "edition" 修订版; Chinese writes the two as one word.
    const items = ask('When did the health commission release the sixth edition of the diagnosis and treatment plan?').items;
    expect(items[0]?.text).toContain('诊疗方案试行第六版');
  });

  it('given an English question with a day and a phrasal verb, then the call of that day ranks first', () => {
    // "phone" → 通电话, "March 19" → 3月19日; the day's sentences compete even though 习近平 is common.
    const items = ask('Which leader did Xi Jinping phone on March 19?').items;
    expect(items[0]?.date).toBe('2020-03-19');
    expect(items[0]?.text).toContain('普京');
  });
});

describe('/ask ranking: near words (word vectors)', () => {
  it('given a question in everyday words for the documents’ terms, then the sentence saying it in those terms ranks first', () => {
    // 称赞 (praise) is asked; the answer writes 高度评价 (spoke highly of), which shares no
    // character with it. Another sentence writes 中国抗疫 and 工作 as asked, and without near words it came first.
    const items = ask('谁称赞中国的抗疫工作').items;
    expect(items[0]?.text).toContain('联合专家考察组实地考察');
  });

  it('given 小区 asked where the documents write 社区, then the sentence about the residential areas’ management ranks first', () => {
    // Both top sentences name 武汉 and 小区/社区; the one about closing the communities says how
    // they were managed (管理), and 小区 ~ 社区 in the vectors lets it outrank the one about deliveries.
    const items = ask('武汉的小区怎么管理').items;
    expect(items[0]?.text).toContain('除就医和防疫相关活动外');
  });
});

describe('/ask: a day asked about as a whole', () => {
  it('given "what happened on" a day, then every entry of that day is listed by its opening sentence, pointing to /date', () => {
    const answer = ask('3月19日发生了什么？');
    expect(answer.total).toBe(engine.answer({ command: 'date', query: '3月19日', pageSize: 100 }).total);
    expect(answer.items.every((i) => i.date === '2020-03-19')).toBe(true);
    expect(answer.suggestions).toContain('/date 3月19日');
    expect(ask('What happened on March 19?').total).toBe(answer.total);
  });

  it.each(['2月30日发生了什么', '4月31日有哪些事', '２月３０日发生了什么'])(
    'given a whole day that does not exist (%s), then /date’s answer: the day is impossible, no sentences ranked',
    (query) => {
      const answer = ask(query);
      expect(answer.items).toEqual([]);
      expect(answer.error?.code).toBe('invalid-date');
      expect(answer.error?.message).toMatch(/没有3?[01]日/u);
    },
  );

  it('given a day without entries, then the answer says so and suggests the nearest days instead of guessing', () => {
    const answer = ask('3月24日发生了什么');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/3月24日没有条目/);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it("given two days, one without entries, then the other day's entries in order, and the empty one said", () => {
    const answer = ask('3月24日和3月25日都发生了什么');
    const days = new Set(answer.items.map((i) => i.date));
    expect([...days]).toEqual(['2020-03-25']);
    expect(answer.total).toBe(engine.answer({ command: 'date', query: '3月25日', pageSize: 100 }).total);
    expect(answer.message).toMatch(/3月24日没有条目/);
    expect(answer.suggestions).toEqual(['/date 3月25日']);
  });

  it('given a day and a specific question, then it is ranked, not listed', () => {
    expect(ask('3月19日习近平同哪位总统通电话？').message ?? '').not.toMatch(/以下是每条的第一句/);
  });
});

describe('/search: only sentences that contain the words', () => {
  it('given keywords, then every result itself contains one of them (neighbours only order them)', () => {
    for (const query of ['健康丝绸之路', '方舱医院', '口罩 捐赠']) {
      const items = engine.answer({ command: 'search', query, pageSize: 100 }).items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.highlights.length, `${query}: ${item.text}`).toBeGreaterThan(0);
    }
  });

  it('given a keyword the documents write as one word, then every result writes it, not a share of its words', () => {
    // 大力支持 and 共同努力 are each written once; their pieces (支持, 努力, 共同…) held a share
    // of the keyword's information in many more sentences, which were listed too.
    for (const query of ['大力支持', '共同努力']) {
      const answer = engine.answer({ command: 'search', query, pageSize: 100 });
      expect(answer.items.length, query).toBeGreaterThan(0);
      for (const item of answer.items) expect(item.text.replace(/\s/g, ''), query).toContain(query);
    }
  });

  it('given a keyword of several words the documents do not write as one word, then the results are the sentences holding every word', () => {
    // jieba cuts 医疗物资 as 医疗|物资: matched by its share, a sentence holding 医疗 alone (医疗队)
    // was listed too (104 results, 15 writing the keyword). The boolean AND of its words is the truth.
    const ids = (query: string) => new Set(engine.answer({ command: 'search', query, pageSize: 200 }).items.map((i) => i.id));
    for (const [keyword, words] of [
      ['医疗物资', '医疗 AND 物资'],
      ['意大利口罩', '意大利 AND 口罩'],
    ] as const) {
      expect(ids(keyword).size, keyword).toBeGreaterThan(0);
      expect(ids(keyword), keyword).toEqual(ids(words));
    }
    // Those writing the keyword come first.
    const first = engine.answer({ command: 'search', query: '医疗物资' }).items[0];
    expect(first?.text).toContain('医疗物资');
  });

  it('given a keyword the documents write whose other word is too common to search, then the sentences writing it, not those holding one word', () => {
    // 控制疫情 and 早发现: 疫情 and 早 are not searched (疫情 is in nearly half the sentences), so
    // each keyword had one searched word, and a sentence holding 控制 or 发现 alone was listed too.
    for (const query of ['控制疫情', '早发现']) {
      const answer = engine.answer({ command: 'search', query, pageSize: 100 });
      expect(answer.items.length, query).toBeGreaterThan(0);
      for (const item of answer.items) expect(item.text.replace(/\s/g, ''), query).toContain(query);
    }
  });

  it('given a keyword of several words no sentence holds together, then the sentences holding its share, said so', () => {
    const answer = engine.answer({ command: 'search', query: '中国政府向意大利捐赠口罩' });
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.message).toContain('以下结果都不包含');
  });

  it('given an English keyword, then it finds what its translations find, together', () => {
    // "donations" is 捐赠, 捐助 or 捐款: a sentence writing any one of them writes the keyword.
    // Matched by its share of the three, only sentences writing two of them were listed.
    const ids = (query: string) => engine.answer({ command: 'search', query, pageSize: 100 }).items.map((i) => i.id);
    const union = new Set(['捐赠', '捐助', '捐款'].flatMap(ids));
    expect(new Set(ids('donations'))).toEqual(union);
  });

  it('given a keyword too common to score beside another, then every sentence writing either is found and counted', () => {
    // 疫情 is in nearly half the sentences, too common for ranking to search; typed as a keyword
    // it was dropped, and the list held only the other keyword's sentences. The boolean OR reads
    // every sentence, so its count is the truth.
    const count = (query: string) => {
      const answer = engine.answer({ command: 'search', query });
      return answer.matched ?? answer.total;
    };
    expect(count('疫情 武汉')).toBe(count('疫情 OR 武汉'));
    // An English keyword is each of its translations: "epidemic" is 疫情 or 大流行 (CC-CEDICT) or 传染病 (ECDICT's main sense).
    expect(count('epidemic')).toBe(count('疫情 OR 大流行 OR 传染病'));
    expect(count('epidemic')).toBeGreaterThan(count('大流行'));
  });

  it('given a day typed as keywords, then the answer points to /date', () => {
    const answer = engine.answer({ command: 'search', query: '3月18日' });
    expect(answer.suggestions).toContain('/date 3月18日');
  });
});

describe('/ask ranking: a paraphrase that shares little wording', () => {
  it('given a colloquial question whose answer holds little of its words, then the answer still reaches the results', () => {
    // 大夫/护士/被传上 are not the document's words (医务人员, 感染): the answer holds under 15% of
    // the question's information. Once some sentence makes the question answerable, sentences with
    // less compete too, and ranking weighs them.
    const items = engine.answer({ command: 'ask', query: '大夫和护士自己有没有被传上？', pageSize: 10 }).items;
    expect(items.some((i) => i.text.includes('医务人员没有感染病例'))).toBe(true);
  });

  it('given sentences admitted only for holding a little of the question, then they are listed only among the first ten', () => {
    // They compete for the top, but a tail of them would turn "18 results" into "105".
    const services = createServices({}, createLogger('silent'));
    const analysis = analyzeQuery(services, '外国人在中国得了新冠，治病要不要自己出钱？');
    const candidates = rankingCandidates(services, analysis, 'ask', RANKING_WEIGHTS.ask);
    const weak = new Set(candidates.filter((c) => c.weak).map((c) => c.passage.id));
    expect(weak.size).toBeGreaterThan(10);
    const ranked = rankPassages(services, analysis, 'ask');
    expect(ranked.slice(10).some((r) => weak.has(r.passage.id))).toBe(false);
    expect(ranked.length).toBeLessThan(candidates.length);
  });

  it('given a question about a subject the documents never treat, then it still gets nothing', () => {
    const answer = ask('东京的寿司哪家店最好吃？');
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('没有找到');
  });
});

describe('/ask ranking: questions about sources', () => {
  it('given a question about what a note cites, then the endnote ranks first', () => {
    // Endnotes answer nothing else, so ranking pushes them down; a question about a note's
    // source (注释, 出处) is the one they answer.
    const items = ask('中国和世卫联合专家考察组开发布会的那条注释，地点写的是哪里？').items;
    expect(items[0]?.text).toMatch(/^注.*新闻发布会/);
  });
});

describe('queries with Discord markup', () => {
  it('given mentions and custom emoji around a question, then they are not searched as words', () => {
    const plain = ask('谁和古特雷斯通了电话');
    const marked = ask('@everyone 谁和古特雷斯通了电话 <@123> <@&45> <#67> <:smile:89>');
    expect(marked.items.map((i) => i.id)).toEqual(plain.items.map((i) => i.id));
    expect(ask('@everyone @here').error?.code).toBe('empty-query');
  });
});
