import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { answerOver } from '../support/answer-over.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { engineOver } from '../support/temp-corpus.js';

const engine = answerOver();

const top = (command: string, query: string) => engine.answer({ command, query }).items[0]?.text ?? '';

describe('/ask ranking fixtures', () => {
  it('given who phoned Guterres, then the call sentence ranks first (question words do not drive ranking)', () => {
    expect(top('ask', '谁和古特雷斯通了电话')).toContain('古特雷斯');
  });

  it('given an abbreviation (卫健委), then the sentence written in full (国家卫生健康委) is found', () => {
    expect(top('ask', '卫健委为农村居民编了什么防疫手册？')).toContain('农村居民防控新冠肺炎疫情问答手册');
  });

  it('given a question that names a day, then that day’s report outranks other days’ similar ones', () => {
    const answer = engine.answer({ command: 'ask', query: '3月15日的通报说，武汉以外的湖北地市连续几天没有本土新增确诊？' });
    expect(answer.items[0]?.date).toBe('2020-03-15');
  });

  it('given Traditional Chinese, then the same Simplified passage is found', () => {
    expect(top('ask', '義大利總理孔特')).toBe(top('ask', '意大利总理孔特'));
  });

  it('given an English question, then verbatim Chinese passages answer it', () => {
    const answer = engine.answer({ command: 'ask', query: 'Which banks offered China emergency loans in the epidemic?' });
    expect(answer.items.slice(0, 3).some((i) => i.text.includes('银行'))).toBe(true);
  });

  it('given an English question with a word the lexicon cannot map, then the answer names that word beside its results', () => {
    // "Xyzzland" maps to nothing, so the results rest on the other words; the user should know.
    const partly = engine.answer({ command: 'ask', query: 'Which banks offered Xyzzland emergency loans?' });
    expect(partly.items.length).toBeGreaterThan(0);
    expect(partly.message).toContain('Xyzzland');
    const understood = engine.answer({ command: 'ask', query: 'Which banks offered China emergency loans in the epidemic?' });
    expect(understood.message ?? '').not.toContain('英文词');
  });

  it('given English CC-CEDICT cannot translate, then ECDICT’s translation finds the sentence', () => {
    // No CC-CEDICT headword is glossed "small hours" or "recovery": both were unknown words, and
    // "small" became 小企业. ECDICT, an English→Chinese dictionary, gives 凌晨 and 恢复.
    expect(top('ask', 'What did Wuhan announce in the small hours?')).toContain('凌晨');
    const recovery = engine.answer({ command: 'ask', query: 'Has public life seen a recovery?' });
    expect(recovery.message ?? '').not.toContain('recovery');
    expect(recovery.items[0]?.text).toContain('恢复');
  });

  it('given English CC-CEDICT knows only inside longer glosses, then ECDICT’s plain translation is used instead', () => {
    // CC-CEDICT has "freight" only within longer senses ("container freight" 集运); ECDICT gives 货物.
    const answer = engine.answer({ command: 'ask', query: 'What freight was shipped?' });
    expect(answer.items.slice(0, 3).some((i) => i.text.includes('货物'))).toBe(true);
  });

  it('given a figure question answered from the digit-stripped white paper, then the answer says digits are missing', () => {
    const answer = engine.answer({ command: 'ask', query: '五一假期期间全国铁路和公路共运送了多少旅客？' });
    expect(answer.items[0]?.doc).toBe('whitepaper');
    expect(answer.message).toMatch(/数字/);
  });

  it('given a figure question in Traditional characters or asking how long, then the same notice', () => {
    for (const query of [
      '五一假期期間全國鐵路和公路共運送了幾名旅客？',
      '雷神山医院建了多久？',
      'How long did it take to build Leishenshan hospital?',
    ]) {
      const answer = engine.answer({ command: 'ask', query });
      expect(answer.items[0]?.doc).toBe('whitepaper');
      expect(answer.message).toMatch(/丢失了所有数字/);
    }
  });

  it('given a day named relative to today (上周五, yesterday), then a note offering /date of it, which reads it, with results or without', () => {
    // It said such words "无法换算成日期" and to write the day: /date 上周五 reads them (relative-days.ts).
    expect(engine.answer({ command: 'ask', query: '上周五习近平和谁通了电话' }).message).toContain(
      '注意：问题中的“上周五”不会换算成日期；要查上周五的条目，请用 /date 上周五',
    );
    expect(engine.answer({ command: 'ask', query: 'What happened yesterday?' }).message).toContain('请用 /date yesterday');
    expect(engine.answer({ command: 'ask', query: 'What happened yesterday?', locale: 'en' }).message).toContain(
      'Note: “yesterday” in a question is not turned into a date; to see the entries of yesterday, use /date yesterday',
    );
    expect(engine.answer({ command: 'ask', query: '谁和古特雷斯通了电话' }).message ?? '').not.toMatch(/不会换算成日期/);
  });

  it('given results whose white-paper excerpts show lost figures (连续天, 至日), then the digits notice, though the first result holds the figure', () => {
    // Without it, "连续天在例以下" reads as the bot's own mangling of the text.
    const answer = engine.answer({ command: 'search', query: '连续5天' });
    expect(answer.items[0]?.doc).toBe('chronicle');
    expect(answer.items.some((i) => i.doc === 'whitepaper')).toBe(true);
    expect(answer.message).toMatch(/丢失了所有数字/);
  });

  it('given results from the chronicle only, which kept its digits, then no digits notice', () => {
    const answer = engine.answer({ command: 'search', query: '古特雷斯' });
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((i) => i.doc === 'chronicle')).toBe(true);
    expect(answer.message ?? '').not.toMatch(/丢失了所有数字/);
  });

  it('given a figure question naming the digit-stripped white paper, then the notice even when chronicle sentences answer first', () => {
    const answer = engine.answer({ command: 'ask', query: '白皮书里中国给世卫组织捐了多少钱' });
    // The chronicle kept its digits and answers first; the question asked the white paper.
    expect(answer.items[0]?.doc).toBe('chronicle');
    expect(answer.message).toMatch(/丢失了所有数字/);
  });

  it('given a hit, then highlights point at matched terms inside the verbatim text and the citation names the place', () => {
    const item = engine.answer({ command: 'ask', query: '谁和古特雷斯通了电话' }).items[0]!;
    expect(item.highlights.length).toBeGreaterThan(0);
    const marked = item.highlights.map(([s, e]) => item.text.slice(s, e));
    expect(marked.some((m) => m.includes('古特雷斯'))).toBe(true);
    expect(item.citation).toMatch(/3月12日 · 第\d+条第\d+句/);
  });
});

describe('/search', () => {
  it('given an exact phrase, then the sentence containing it ranks above scattered matches', () => {
    const answer = engine.answer({ command: 'search', query: '外防输入内防反弹' });
    expect(answer.items[0]?.text).toContain('外防输入内防反弹');
  });

  it('given keywords matching nothing, then a clear no-results message with suggestions', () => {
    const answer = engine.answer({ command: 'search', query: '量子计算机芯片' });
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/没有找到/);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.error).toBeUndefined();
  });

  it('given a word more sentences write than the list ranks (疫情), then the list is the best of them and `matched` counts them all', () => {
    // The ranked list stops at its best 150; it used to be reported as the total ("共150条") of
    // a word 344 sentences write, and a reader paging to its end took it for all of them.
    const writing = loadCorpus(DEFAULT_PATHS.corpusDir)
      .documents.flatMap((d) => d.passages)
      .filter((p) => p.text.includes('疫情')).length;
    const answer = engine.answer({ command: 'search', query: '疫情' });
    expect(writing).toBeGreaterThan(answer.total);
    expect(answer.matched).toBe(writing);
    const last = engine.answer({ command: 'search', query: '疫情', page: 1000 });
    expect(last.items.length).toBeGreaterThan(0);
    expect(last.total).toBe(answer.total);
  });

  it('given keywords the list ranks every match of, then no separate count', () => {
    const answer = engine.answer({ command: 'search', query: '健康丝绸之路' });
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.matched).toBeUndefined();
  });

  it('given a word that is also a document’s alias (白皮书), then the sentences writing it, as for any word', () => {
    // An alias names a document in a question (白皮书里…); a search looks for what it is given.
    const aliases = loadCorpus(DEFAULT_PATHS.corpusDir).documents.flatMap((d) => d.meta.aliases ?? []);
    const writing = (word: string) =>
      loadCorpus(DEFAULT_PATHS.corpusDir)
        .documents.flatMap((d) => d.passages)
        .filter((p) => p.text.includes(word));
    const alias = aliases.find((a) => writing(a).length > 0)!;
    const answer = engine.answer({ command: 'search', query: alias });
    expect(answer.total).toBe(writing(alias).length);
    expect(answer.items.every((i) => i.text.includes(alias))).toBe(true);
    const longer = writing(alias)[0]!.text.match(new RegExp(`.${alias}`, 'u'))![0];
    const pasted = engine.answer({ command: 'search', query: longer });
    expect(pasted.items[0]?.text).toContain(longer);
    expect(pasted.message ?? '').not.toContain('都不包含');
  });

  it('given paging, then pages partition the ranked list and the total stays the same', () => {
    const one = engine.answer({ command: 'search', query: '国际合作', page: 1, pageSize: 3 });
    const two = engine.answer({ command: 'search', query: '国际合作', page: 2, pageSize: 3 });
    expect(one.total).toBe(two.total);
    expect(one.items.map((i) => i.id)).not.toEqual(two.items.map((i) => i.id));
    expect(two.page).toBe(2);
  });
});

describe('words the corpus never contains', () => {
  it('given a word that falls apart into single characters (你好 → 好), then no results rather than noise', () => {
    const answer = engine.answer({ command: 'ask', query: '你好' });
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/没有找到/);
  });

  it('given a number alone to /search, then every sentence writing that number whole; none: a note on the copy that lost its digits', () => {
    // The index cuts 10日 as one word: scored, /search 10 found one of the two; 3.5 found 3月25日.
    const writes = (n: string) =>
      loadCorpus(DEFAULT_PATHS.corpusDir)
        .documents.flatMap((d) => d.passages)
        .filter((p) => new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(p.text)).length;
    const ten = engine.answer({ command: 'search', query: '10' });
    expect(ten.total).toBe(writes('10'));
    expect(ten.total).toBeGreaterThan(1);
    const decimal = engine.answer({ command: 'search', query: '3.5' });
    expect(decimal.total).toBe(writes('3.5'));
    expect(decimal.message).toContain('丢失了所有数字');
  });

  it('given a single character to /search, then every sentence containing it (substring fallback)', () => {
    const answer = engine.answer({ command: 'search', query: '疫', pageSize: 100 });
    expect(answer.total).toBeGreaterThan(100);
    expect(answer.items.every((i) => i.text.includes('疫'))).toBe(true);
  });
});

describe('bad input for /ask and /search', () => {
  it('given an empty query, then an error answer with an example', () => {
    const answer = engine.answer({ command: 'ask', query: '   ' });
    expect(answer.error?.code).toBe('empty-query');
    expect(answer.error?.message).toMatch(/例如/);
  });

  it('given more than 200 characters, then a too-long error rather than a search', () => {
    const answer = engine.answer({ command: 'search', query: '疫'.repeat(201) });
    expect(answer.error?.code).toBe('query-too-long');
    expect(answer.items).toEqual([]);
  });

  it('given a query of a million characters, then the error echoes its first 200 and an ellipsis, not the whole', () => {
    const answer = engine.answer({ command: 'ask', query: '长'.repeat(1_000_000) });
    expect(answer.error?.code).toBe('query-too-long');
    expect(answer.query).toBe(`${'长'.repeat(200)}…`);
    expect(answer.error?.message).toContain('1000000字');
  });

  it.each([
    ['search', '"'],
    ['search', '“」'],
    ['ask', '？？？'],
    ['search', '😷'],
  ])(
    'given /%s %s (punctuation or symbols alone), then nothing to look for is said, with an example, not "use fewer keywords"',
    (command, query) => {
      const answer = engine.answer({ command, query });
      expect(answer.error?.code).toBe('empty-query');
      expect(answer.error?.message).toMatch(/只有标点或符号.*例如：\/(search|ask) /u);
    },
  );

  it('given a keyword of many characters no result holds, then the note quotes its start, not all of it', () => {
    const keyword = '中国政府向意大利捐赠口罩并且派出医疗队帮助当地抗击疫情还分享了诊疗方案和防控经验';
    const note = engine.answer({ command: 'search', query: keyword }).message ?? '';
    expect(note).toContain(`“${keyword.slice(0, 30)}…”`);
    expect(note).not.toContain(keyword);
  });
});

describe('/search highlights', () => {
  it('given a keyword the sentences write whole, then it is lit whole, not its words where they stand apart', () => {
    // 卫生 in 国家卫生健康委, 国政府 in 韩国政府, 十国集团 for 二十国集团 were lit.
    for (const [query, lit] of [
      ['世界卫生组织', '世界卫生组织'],
      ['中国政府', '中国政府'],
      ['Group of Twenty', '二十国集团'],
    ] as const) {
      const answer = engine.answer({ command: 'search', query, pageSize: 100 });
      expect(answer.items.length, query).toBeGreaterThan(0);
      for (const item of answer.items) for (const [a, b] of item.highlights) expect(item.text.slice(a, b), query).toBe(lit);
    }
  });
});

describe('/ask opening with a misspelt command', () => {
  it('given "serach 口罩" (a command typed without its slash, misspelt), then the command meant is offered to run', () => {
    const answer = engine.answer({ command: 'ask', query: 'serach 口罩' });
    expect(answer.suggestions).toEqual(['/search 口罩']);
    expect(answer.message).toContain('/search 口罩');
  });

  it('given "search 口罩" or "date 3月18日" (a command named without its slash, as the console reads it), then that command is offered', () => {
    expect(engine.answer({ command: 'ask', query: 'search 口罩' }).suggestions).toEqual(['/search 口罩']);
    expect(engine.answer({ command: 'ask', query: 'date 3月18日' }).suggestions).toEqual(['/date 3月18日']);
  });

  it('given search-box operators in a question (-word, OR), then it says they work in /search, and offers it', () => {
    for (const query of ['口罩 -捐赠', '口罩 OR 呼吸机', '口罩AND捐赠', '口罩|呼吸机']) {
      const answer = engine.answer({ command: 'ask', query });
      expect(answer.suggestions, query).toEqual([`/search ${query}`]);
      expect(answer.message, query).toMatch(/只在 \/search 中起作用/u);
    }
    // A dash set apart in pasted text, or quotes around a name, are no operators.
    for (const query of ['中国 - 意大利合作', '“健康丝绸之路”是什么', '的OR值是什么'])
      expect(engine.answer({ command: 'ask', query }).message ?? '', query).not.toMatch(/只在 \/search 中起作用/u);
  });

  it.each(['Conte 意大利总理', 'hepl 口罩', 'contxet 口罩'])(
    'given "%s" (close to a command that takes no such words: /context, /help), then no command is offered',
    (query) => {
      expect(engine.answer({ command: 'ask', query }).suggestions).toEqual([]);
    },
  );

  it('given an English question opening with a word the lexicon reads (as, date), then no command is offered', () => {
    for (const query of ['as soon as possible', 'date of the first flight to Italy'])
      expect(engine.answer({ command: 'ask', query }).suggestions, query).toEqual([]);
  });
});

describe('/ask with nothing to answer', () => {
  it('given a colloquial question no sentence answers, then it suggests a /search of its written words that finds something', () => {
    // (医院里头咋防着大夫自己也染上？ was such a question, until its unseen 染上 was looked for as the documents’ near words, 感染 and 染病: near-word-route.ts.)
    const answer = engine.answer({ command: 'ask', query: '医院里头大夫咋整的？' });
    expect(answer.items).toEqual([]);
    const suggestion = answer.suggestions?.find((s) => s.includes('/search '));
    const keywords = suggestion?.slice(suggestion.indexOf('/search ') + '/search '.length) ?? '';
    expect(keywords).toContain('医院');
    expect(engine.answer({ command: 'search', query: keywords }).items.length).toBeGreaterThan(0);
  });

  it('given an off-topic question whose only written words are everywhere (中国), then no keyword search is offered', () => {
    const answer = engine.answer({ command: 'ask', query: '中国男足什么时候能赢球？' });
    expect(answer.items).toEqual([]);
    expect(answer.suggestions).toEqual(['换一种说法，或用更短的关键词：/search 关键词']);
  });
});

describe('/ask highlights', () => {
  it('given a question naming days by number, then those numbers are not highlighted as quantities', () => {
    const answer = engine.answer({ command: 'ask', query: 'What happened between March 10 and 12?' });
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) {
      const lit = item.highlights.map(([start, end]) => item.text.slice(start, end));
      expect(lit.filter((t) => /^\d+$/.test(t))).toEqual([]);
    }
  });
});

describe('/ask in a language the bot does not read', () => {
  it('given Japanese kana, then the answer says only Chinese and English are understood', () => {
    const answer = engine.answer({ command: 'ask', query: 'グテーレスと電話したのは誰ですか' });
    expect(answer.message).toContain('目前只支持中文');
  });

  it('given Korean, then "nothing found" says why', () => {
    const answer = engine.answer({ command: 'ask', query: '구테흐스와 통화한 사람은 누구입니까' });
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('韩文无法理解');
  });
});

describe('/ask with English words in a Chinese question', () => {
  it('given a country named in English inside Chinese, then it is translated like an English question’s words', () => {
    const answer = engine.answer({ command: 'ask', query: 'Italy医疗队什么时候到的' });
    expect(answer.items[0]?.text).toContain('意大利');
  });

  it('given an English name neither the lexicon nor the documents know, then it still makes the question unanswerable', () => {
    const answer = engine.answer({ command: 'ask', query: 'Novavax疫苗在国内卖多少钱一支？' });
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('Novavax');
  });

  it('given an English acronym the documents write but the lexicon lacks (GOARN), then it is not reported as not understood', () => {
    const answer = engine.answer({ command: 'ask', query: '在GOARN会议上中国专家介绍了什么' });
    expect(answer.items[0]?.text).toContain('GOARN');
    expect(answer.message ?? '').not.toContain('文档中没有这些英文词');
  });
});

describe('/search of one very common character', () => {
  it('given a character in a large share of the sentences, then the results come with a note asking for something more specific', () => {
    const answer = engine.answer({ command: 'search', query: '的' });
    expect(answer.total).toBeGreaterThan(100);
    expect(answer.message).toMatch(/^“的”出现在 \d+ 句中（全部句子的 \d+%）/);
  });

  it('given a rare character, then its sentences and no such note', () => {
    const answer = engine.answer({ command: 'search', query: '鄂' });
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.message ?? '').not.toContain('出现在');
  });
});

describe('/search keywords no sentence holds as typed', () => {
  it('given a figure the documents do not write (七亿元), then the partial matches come with a note saying so', () => {
    const answer = engine.answer({ command: 'search', query: '七亿元' });
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.message).toContain('以下结果都不包含“七亿元”');
  });

  it('given a keyword with a decimal point no result holds, then the note names it whole, as typed', () => {
    // Cut at its point, it was named “2万名医务人员”.
    expect(engine.answer({ command: 'search', query: '4.2万名医务人员' }).message).toContain('以下结果都不包含“4.2万名医务人员”');
  });

  it('given a figure no result holds, then the copy that lost its digits is named, though a chronicle sentence ranks first', () => {
    const answer = engine.answer({ command: 'search', query: '14亿' });
    expect(answer.items[0]?.doc).toBe('chronicle');
    expect(answer.message).toMatch(/以下结果都不包含“14亿”[\s\S]*丢失了所有数字/);
  });

  it('given keywords found as typed, in another script or in English, then no such note', () => {
    for (const query of ['口罩 捐赠', '義大利', 'Italy']) {
      const answer = engine.answer({ command: 'search', query });
      expect(answer.total, query).toBeGreaterThan(0);
      expect(answer.message ?? '', query).not.toContain('都不包含');
    }
  });

  it('given two keywords no sentence holds together, one rare and one common, then sentences holding either, and no note denying either', () => {
    // 口罩 is common beside 方舱医院: a sentence holding it alone carried too little of the query to count.
    const texts = engine.answer({ command: 'search', query: '方舱医院 口罩' }).items.map((i) => i.text);
    expect(texts.some((t) => t.includes('口罩'))).toBe(true);
    expect(texts.some((t) => t.includes('方舱医院'))).toBe(true);
    expect(engine.answer({ command: 'search', query: '方舱医院 口罩' }).message ?? '').not.toContain('都不包含');
  });
});

describe('/ask about a day over documents without dated entries', () => {
  let undated: Engine;
  beforeAll(async () => {
    undated = await engineOver('ask-day-undated', {
      ...SERVER_DOCUMENTS,
      'club.txt': '俱乐部通讯\n\n春季骑行在5月3日举行，共有四十人参加。\n\n滤网的更换时间写在说明书里。\n',
    });
  });

  it('given a day no sentence writes, then it is answered as text (no /date refusal), noting that no entry is dated', () => {
    const answer = undated.answer({ command: 'ask', query: '3月18日发生了什么' });
    expect(answer.error).toBeUndefined();
    expect(answer.message).toContain('没有找到与“3月18日发生了什么”相关的句子');
    expect(answer.message).toContain('已载入的文档都没有带日期的条目，这个问题按正文回答。');
    expect(answer.message).not.toContain('/date 按日期列出');
    const en = undated.answer({ command: 'ask', query: 'What happened on March 18?', locale: 'en' });
    expect(en.message).toContain('No loaded document has dated entries: the question is answered from the text.');
  });

  it('given a day the text writes, then its sentences, with the same note', () => {
    const answer = undated.answer({ command: 'ask', query: '5月3日发生了什么' });
    expect(answer.items.map((i) => i.text)).toEqual(['春季骑行在5月3日举行，共有四十人参加。']);
    expect(answer.message).toBe('已载入的文档都没有带日期的条目，这个问题按正文回答。');
  });

  it('given the starting chronicle, then a day’s question still lists its entries, without the note', () => {
    const answer = engine.answer({ command: 'ask', query: '3月18日发生了什么' });
    expect(answer.message).toMatch(/^3月18日的条目共 \d+ 条/);
    expect(answer.message).not.toContain('没有带日期的条目');
  });
});
