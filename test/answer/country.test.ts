import { describe, expect, it } from 'vitest';
import { answerOver } from '../support/answer-over.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { engineOver } from '../support/temp-corpus.js';

const engine = answerOver();

const country = (query: string) => engine.answer({ command: 'country', query, pageSize: 100 });

describe('/country', () => {
  it('given 意大利, then every mention, chronicle grouped by date in date order, before the white paper', () => {
    const answer = country('意大利');
    expect(answer.total).toBeGreaterThan(5);
    const chronicle = answer.items.filter((i) => i.doc === 'chronicle');
    const dates = chronicle.map((i) => i.date ?? '');
    expect(dates).toEqual([...dates].sort());
    const firstPaper = answer.items.findIndex((i) => i.doc === 'whitepaper');
    if (firstPaper >= 0) expect(answer.items.slice(firstPaper).every((i) => i.doc === 'whitepaper')).toBe(true);
    expect(answer.groups!.reduce((n, g) => n + g.count, 0)).toBe(answer.total);
    // Where they are, counted in days (and sections), not in "places".
    const days = new Set(answer.items.map((i) => i.date).filter(Boolean)).size;
    expect(answer.message).toContain(`意大利：共${answer.total}句，分布在${days}天`);
  });

  it('given a misspelt name, then the close names once, as suggestions (not also inside the message)', () => {
    const answer = country('意大立');
    expect(answer.suggestions).toContain('意大利');
    expect(answer.error?.message).not.toContain('意大利');
  });

  it('given an English reader, then the places it names or offers are named in English, to be typed back', () => {
    const several = engine.answer({ command: 'country', query: '美国和意大利', locale: 'en' });
    expect(several.error?.message).toContain('names United States, Italy');
    expect(several.suggestions).toEqual(['United States', 'Italy']);
    const unknown = engine.answer({ command: 'country', query: 'Japn', locale: 'en' });
    expect(unknown.suggestions.length).toBeGreaterThan(0);
    for (const name of unknown.suggestions) expect(name, name).toMatch(/^[A-Za-z ,.'()-]+$/);
  });

  it('given a homophone typo of a country the documents mention (德过, as pinyin input offers it), then that country is offered', () => {
    const answer = country('德过');
    expect(answer.error?.code).toBe('unknown-country');
    expect(answer.suggestions).toEqual(['德国']);
    expect(country('德过').error?.message).toContain('您是不是要找');
    expect(country('德過').suggestions).toEqual(['德国']);
  });

  it.each(['Atlantis', 'Germny', 'Narnia', 'Antarctca', '意大立', '德国国', 'Japn', '德过', '法过'])(
    'given "%s", then every place offered is one the documents mention (offering Antarctica led to "not mentioned")',
    (typed) => {
      for (const locale of ['zh', 'en'] as const) {
        const answer = engine.answer({ command: 'country', query: typed, locale });
        for (const offered of answer.suggestions.filter((s) => !s.startsWith('/')))
          expect(engine.answer({ command: 'country', query: offered, locale }).total, offered).toBeGreaterThan(0);
      }
    },
  );

  it('given a city the documents name, then not a country, and /search offered for it', () => {
    const answer = country('武汉');
    expect(answer.error?.code).toBe('unknown-country');
    expect(answer.error?.message).toContain('请用 /search 武汉');
    expect(answer.suggestions).toEqual(['/search 武汉']);
    expect(country('火星').suggestions).toEqual([]);
  });

  it('given the same place asked again (its order kept from the first), then the same answer, whatever was done to the first', () => {
    const first = engine.answer({ command: 'country', query: '意大利', page: 2 });
    const snapshot = JSON.stringify(first);
    first.groups?.splice(0);
    expect(JSON.stringify(engine.answer({ command: 'country', query: '意大利', page: 2 }))).toBe(snapshot);
  });

  it('given an English name, then /search offered only for a translation of all of it, each part written', () => {
    expect(country('Wuhan').suggestions).toEqual(['/search 武汉']);
    expect(country('the city of Wuhan').suggestions).toEqual(['/search 城市 武汉']);
    // A part alone means something else: "new" is 新增, "federation" 联合会.
    expect(country('New York').suggestions).toEqual([]);
    expect(country('the Norwegian federation').suggestions).toEqual([]);
  });

  it('given the demonym of a country the corpus never mentions, then the answer says so by name, as for the name itself', () => {
    // The corpus-restricted English lexicon knows no 菲律宾; the country table knows every demonym.
    const byDemonym = country('Filipino');
    expect(byDemonym.error).toBeUndefined();
    expect(byDemonym.message).toBe(country('Philippines').message);
    expect(byDemonym.message).toContain('菲律宾');
  });

  it('given a demonym that also begins another country’s name, then no guess between them', () => {
    // Dominica's "Dominican" begins "Dominican Republic": either may be meant.
    expect(country('Dominican').error?.code).toBe('unknown-country');
  });

  it('given a country’s one-character form alone (美, 德, 義), as 中美 and 德方 write it, then that country', () => {
    expect(country('美').items.map((i) => i.id)).toEqual(country('美国').items.map((i) => i.id));
    expect(country('德').items.map((i) => i.id)).toEqual(country('德国').items.map((i) => i.id));
    expect(country('義').items.map((i) => i.id)).toEqual(country('意大利').items.map((i) => i.id));
    expect(country('美').items.length).toBeGreaterThan(0);
  });

  it('given a one-character form of several countries (塞), then those the documents name, offered, and said to be such a form', () => {
    const answer = country('塞');
    expect(answer.error?.message).toBe('“塞”是几个国家或地区的简称。您是不是要找下面这些？');
    expect(answer.suggestions).toContain('塞尔维亚');
    expect(answer.suggestions.every((s) => s.startsWith('塞'))).toBe(true);
    // 非 alone is "not" as often as Africa: not read as a place.
    expect(country('非').error?.code).toBe('unknown-country');
  });

  it('given a name in English or Traditional Chinese, then the same passages', () => {
    const ids = country('法国').items.map((i) => i.id);
    expect(ids.length).toBe(7);
    expect(country('France').items.map((i) => i.id)).toEqual(ids);
    expect(country('法國').items.map((i) => i.id)).toEqual(ids);
  });

  it('given an English adjective or demonym, then the country it names (via the English lexicon)', () => {
    expect(country('Swiss').items.map((i) => i.id)).toEqual(country('瑞士').items.map((i) => i.id));
    expect(country('Italian').items.map((i) => i.id)).toEqual(country('意大利').items.map((i) => i.id));
    expect(country('Italian').error).toBeUndefined();
    // A name in -y drops it in its adjective.
    expect(country('German').items.map((i) => i.id)).toEqual(country('德国').items.map((i) => i.id));
  });

  it('given a country named only inside a list, then it is found', () => {
    expect(country('莫桑比克').items.some((i) => i.text.includes('莫桑比克'))).toBe(true);
  });

  it('given a country the corpus never mentions, then a not-mentioned message, not an error', () => {
    const answer = country('澳大利亚');
    expect(answer.items).toEqual([]);
    expect(answer.error).toBeUndefined();
    expect(answer.message).toMatch(/没有提到/);
  });

  it('given 香港, then a sentence naming 港澳台 lists it too, highlighted there; 香港澳门 highlights 香港 alone', () => {
    const items = country('香港').items;
    const together = items.find((i) => i.text.includes('港澳台同胞'));
    const [start, end] = together!.highlights[0]!;
    expect(together!.text.slice(start, end)).toBe('港澳台');
    const named = items.find((i) => i.text.startsWith('香港澳门'));
    expect(named!.highlights.map(([a, b]) => named!.text.slice(a, b))).toEqual(['香港']);
  });

  it('given an organisation or a region, then every sentence listed highlights the name it was found by (世卫组织, 欧方)', () => {
    for (const query of ['WHO', 'EU']) {
      const items = country(query).items;
      expect(items.length).toBeGreaterThan(3);
      for (const item of items) expect(item.highlights.length, item.text).toBeGreaterThan(0);
    }
  });

  it('given 中日韩, then the passages naming Japan and Korea together, with each as a suggestion', () => {
    const answer = country('中日韩');
    expect(answer.error).toBeUndefined();
    expect(answer.items.some((i) => i.text.includes('中日韩举行新冠肺炎问题特别外长视频会议'))).toBe(true);
    expect(answer.suggestions).toEqual(['日本', '韩国']);
  });

  it('given a region or organisation in the corpus, then it is answered as its own entity', () => {
    expect(country('欧盟').total).toBeGreaterThan(0);
    expect(country('世卫组织').items[0]?.text).toMatch(/世界卫生组织|世卫组织/);
    expect(country('中东欧').items.some((i) => i.text.includes('中东欧'))).toBe(true);
  });

  it('given a flag emoji, then the country it stands for', () => {
    expect(country('🇮🇹').items.map((i) => i.id)).toEqual(country('意大利').items.map((i) => i.id));
    const australia = country('🇦🇺');
    expect(australia.error).toBeUndefined();
    expect(australia.message).toBe('语料中没有提到澳大利亚。');
  });

  it('given 欧盟, then 中欧 counts only where it means the EU: not 中欧班列, not a meeting with European countries', () => {
    const texts = country('欧盟').items.map((i) => i.text);
    expect(texts.some((t) => t.includes('中欧始终保持着密切的沟通与合作'))).toBe(true);
    expect(texts.some((t) => t.includes('中欧班列'))).toBe(false);
    expect(texts.some((t) => t.includes('中欧疫情防控工作视频会议'))).toBe(false);
    expect(country('欧洲').items.some((i) => i.text.includes('中欧班列'))).toBe(true);
  });

  it('given a word that only shares a character with country names, then it is said not to be one, with no suggestions', () => {
    for (const word of ['意见', '方法']) {
      const answer = country(word);
      expect(answer.error?.code).toBe('unknown-country');
      // No country guessed; the documents write the word, so /search is offered for it.
      expect(answer.suggestions).toEqual([`/search ${word}`]);
      expect(answer.error?.message).toMatch(new RegExp(`^“${word}”不是语料中的国家或地区名称。`));
    }
  });

  it('given two countries at once, then it says to ask for one at a time and offers each', () => {
    const answer = country('美国和意大利');
    expect(answer.error?.code).toBe('unknown-country');
    expect(answer.error?.message).toContain('一次只能查一个国家或地区');
    expect(answer.suggestions).toEqual(['美国', '意大利']);
  });

  it('given a country by its official name in Traditional characters, then it is that country (which the corpus never names)', () => {
    const answer = country('敘利亞阿拉伯共和國');
    expect(answer.error).toBeUndefined();
    expect(answer.message).toBe('语料中没有提到叙利亚。');
  });

  it('given a name that is no country, then unknown-country with close names', () => {
    const answer = country('意大力');
    expect(answer.error?.code).toBe('unknown-country');
    expect(answer.suggestions).toContain('意大利');
  });
});

describe('/country with nothing to look for, over other documents', () => {
  it.each(['？', '、'])('given “%s” over documents that name no place, then no example is given (意大利 is not theirs)', async (query) => {
    const none = await engineOver('country-empty-none', SERVER_DOCUMENTS);
    for (const locale of ['zh', 'en'] as const) {
      const answer = none.answer({ command: 'country', query, locale });
      expect(answer.error?.code).toBe('empty-query');
      expect(answer.error?.message).not.toMatch(/意大利|Italy|例如|for example/);
      // What /country lists there instead: the same as with nothing typed at all.
      expect(answer.error?.message).toBe(none.answer({ command: 'country', query: '', locale }).error?.message);
    }
  });

  it('given a short form of several places (塞) over documents naming none of them, then said so, naming them', async () => {
    const none = await engineOver('country-empty-none', SERVER_DOCUMENTS);
    expect(none.answer({ command: 'country', query: '塞' }).error?.message).toBe(
      '“塞”是几个国家或地区的简称（塞尔维亚、塞浦路斯、塞内加尔、塞舌尔、塞拉利昂），语料中没有提到其中任何一个。',
    );
  });

  it('given “？” over documents that name Japan, then the example is /country 日本', async () => {
    const japan = await engineOver('country-empty-japan', {
      'notes.txt': '访问笔记\n\n代表团访问了日本。\n\n日本的合作伙伴介绍了项目进展。\n',
    });
    expect(japan.answer({ command: 'country', query: '？' }).error?.message).toBe('请输入国家或地区名称，例如：/country 日本');
  });
});
