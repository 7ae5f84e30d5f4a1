import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DetectOptions, detectCountries } from '../../src/geo/detect-countries.js';
import { findShortForms } from '../../src/geo/short-forms.js';
import { realSegmenter } from '../support/tokenizer.js';

// Segmented as the engine segments: the corpus dictionary's precise cut.
const { cut } = realSegmenter();
const detect = (text: string, options: Partial<DetectOptions> = {}): string[] => detectCountries(text, { segment: cut, ...options });
const corpusText = (file: string): string => readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8').replace(/\r?\n/g, '');
const chronicle = corpusText('cn-covid-cooperation-chronicle-2020-03.txt');
const whitepaper = corpusText('fighting-covid19-china-in-action-whitepaper.txt');
const chunks = [...chronicle.split('。'), ...whitepaper.split('。')].filter((c) => c.trim() !== '');

describe('given sentences of the chronicle with full names', () => {
  it.each([
    ['◆国务院总理李克强应约同保加利亚总理鲍里索夫通电话', ['BG']],
    [
      '同阿尔巴尼亚、波黑、保加利亚、克罗地亚、捷克等17个中东欧国家的政府官员和卫生专家举行视频会议',
      ['AL', 'BA', 'BG', 'CZ', 'HR', 'region:cee'],
    ],
    ['摸莫桑比克、布基纳法索、塞拉利昂医疗队进行疫情防控桌面推演', ['BF', 'MZ', 'SL']],
    ['◆中国同蒙古国举行新冠肺炎疫情技术交流视频会', ['CN', 'MN']],
    ['埃塞俄比亚、肯尼亚、利比里亚等国卫生部长,非洲疾控中心副主任', ['ET', 'KE', 'LR', 'region:africa']],
    ['国家卫生健康委协调专家参加世界卫生组织美洲区会议', ['org:who', 'region:americas']],
    ['中国在拉美和加勒比地区全部建交国及尼加拉瓜等25国的约200名官员', ['CN', 'NI', 'region:lac']],
    ['国家卫生健康委同外交部与10个南太平洋岛国召开肺炎防控技术交流电话会', ['region:pacific-islands']],
    ['中方支持联合国、世卫组织动员国际社会加强政策协调', ['CN', 'org:un', 'org:who']],
    ['二十国集团领导人利雅得峰会第二次协调人会议在沙特举行', ['SA', 'org:g20']],
    ['第三次中国与东盟新冠肺炎疫情防控技术交流电话会', ['CN', 'region:asean']],
  ])('then %s mentions %j', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('given a name that stands for several places (港澳台)', () => {
  it.each([
    ['港澳台地区的来访者', ['HK', 'MO', 'TW']],
    ['台港澳同胞纷纷捐款', ['HK', 'MO', 'TW']],
    ['港澳同胞纷纷捐款', ['HK', 'MO']],
    ['香港台风过境', ['HK']],
  ])('then %s mentions %j', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('given the short forms of news Chinese', () => {
  it.each([
    ['中国政府和人民坚定支持法方抗击疫情努力,愿同法方加强合作', 'FR'],
    ['强调中法共同肩负着维护国际和地区公共卫生安全的艰巨责任', 'FR'],
    ['习近平指出,中方愿同意方一道,为抗击疫情国际合作作出贡献', 'IT'],
    ['中意全方位合作将迎来更广阔前景', 'IT'],
    ['只要中意两国以及国际社会携手努力', 'IT'],
    ['旨在落实中韩两国元首重要共识', 'KR'],
    ['支持韩方抗击疫情,愿同韩方携手合作', 'KR'],
    ['国家卫生健康委收到美方通报', 'US'],
    ['中美两国疾控中心负责人通电话', 'US'],
    ['如果德方有需要,中方愿提供力所能及的帮助', 'DE'],
    ['在这次抗击疫情的过程中,中德、中欧展现出团结合作的力量', 'DE'],
    ['中方坚定支持塞方抗击疫情的努力', 'RS'],
    ['中方还将派遣医疗专家组赴塞,协助提升防控效果', 'RS'],
    ['中方已向伊方提供了一批抗疫物资', 'IR'],
    ['李克强强调,中方愿同保方加强防疫经验交流', 'BG'],
    ['埃方感谢中方提供的援助', 'EG'],
    ['强调希望英方同中方加强配合', 'GB'],
    ['中方愿同沙方保持密切沟通', 'SA'],
    ['日方表示愿同中方加强合作', 'JP'],
    ['中俄两国守望相助', 'RU'],
    ['应中方倡议,中日韩举行新冠肺炎问题特别外长视频会议', 'JP'],
    ['应中方倡议,中日韩举行新冠肺炎问题特别外长视频会议', 'KR'],
    ['外交部发言人介绍说,中欧始终保持着密切的沟通与合作', 'region:eu'],
    ['建立个中非对口医院合作机制', 'region:africa'],
  ])('then %s mentions %s', (text, code) => {
    expect(detect(text)).toContain(code);
  });

  it('given 中欧班列, a route to Europe, then Europe and not the EU', () => {
    expect(detect('月至月，中欧班列开行数量和发送货物量同比分别增长')).toEqual(['region:europe']);
  });

  it('given 中欧 beside European countries that are not all in the EU, then Europe', () => {
    const text = '外交部会同国家卫生健康委举行中欧疫情防控工作视频会议,向英国、瑞士等18个欧洲国家政府官员介绍经验。';
    expect(detect(text)).not.toContain('region:eu');
    expect(detect(text)).toContain('region:europe');
  });

  it('given 中欧 then it is the EU and no country', () => {
    expect(detect('外交部发言人介绍说,中欧始终保持着密切的沟通与合作')).toEqual(['region:eu']);
  });

  it('given a short form with several candidates then a country named in the context decides', () => {
    expect(detect('中方愿同伊方加强合作', { context: '中国援建伊拉克的核酸检测实验室' })).toContain('IQ');
    expect(detect('中方愿同伊方加强合作')).toContain('IR');
  });

  it('given a custom segmenter then it is used for the short forms', () => {
    const calls: string[] = [];
    const segment = (text: string): string[] => {
      calls.push(text);
      return ['支持', '法方'];
    };
    expect(detect('支持法方', { segment })).toEqual(['FR']);
    expect(calls).toEqual(['支持法方']);
  });
});

describe('given words that contain a country character but do not name it', () => {
  it.each([
    ['总结出一套行之有效的方法', 'FR'],
    ['想方设法办法多', 'FR'],
    ['依法防控境外疫情输入有关情况', 'FR'],
    ['修改传染病防治法', 'FR'],
    ['坚持依法治国和法治原则', 'FR'],
    ['完善法律法规体系', 'FR'],
    ['布基纳法索医疗队', 'FR'],
    ['执法方面的问题', 'FR'],
    ['大家对此提出意见', 'IT'],
    ['同意方案的内容', 'IT'],
    ['我很中意这个方案', 'IT'],
    ['美好生活', 'US'],
    ['中美洲国家', 'US'],
    ['德才兼备的干部', 'DE'],
    ['韩信点兵', 'KR'],
    ['国家卫生健康委中英文官方网站', 'GB'],
    ['中英对照的材料', 'GB'],
    ['内蒙古自治区', 'MN'],
    ['上海地铁恢复运营', 'HT'],
    ['沿海地区', 'HT'],
    ['印度洋上的岛屿', 'IN'],
    ['西方国家', 'ES'],
    ['比方说', 'BE'],
    ['坐中巴车去', 'PK'],
    ['伊始', 'IR'],
    ['美元', 'US'],
  ])('then %s does not mention %s', (text, code) => {
    expect(detect(text)).not.toContain(code);
  });

  it.each(['双方同意', '各方关切', '土方工程', '确保方向正确', '这个方法很好'])('then %s mentions nothing at all', (text) => {
    expect(detect(text)).toEqual([]);
  });
});

interface CountryCase {
  q: string;
  expect: string[];
}
const dev = JSON.parse(readFileSync(new URL('../../eval/dev.json', import.meta.url), 'utf8')) as { country: CountryCase[] };

describe('given every sentence of the real corpus (split on 。)', () => {
  const detected = chunks.map((text) => ({ text, ids: detect(text) }));

  it.each([
    ['法国', 'FR'],
    ['俄罗斯', 'RU'],
    ['保加利亚', 'BG'],
    ['莫桑比克', 'MZ'],
  ])('then every sentence the dev set expects for %s is tagged %s', (q, code) => {
    const expected = dev.country.find((c) => c.q === q)?.expect ?? [];
    expect(expected.length).toBeGreaterThan(0);
    for (const phrase of expected) {
      const sentence = detected.find((d) => d.text.includes(phrase));
      expect(sentence, phrase).toBeDefined();
      expect(sentence?.ids, phrase).toContain(code);
    }
  });

  it('then FR is tagged only on sentences naming France (法国, 法方, 中法), never on 方法/依法/法律/布基纳法索', () => {
    const tagged = detected.filter((d) => d.ids.includes('FR'));
    for (const { text } of tagged) expect(text, text).toMatch(/法国|法方|中法/);
    expect(tagged.length).toBe(7);
    const falseFriends = detected.filter(
      (d) => /方法|办法|依法|法律|法治|防治法|布基纳法索/.test(d.text) && !/法国|法方|中法/.test(d.text),
    );
    expect(falseFriends.length).toBeGreaterThan(10);
    for (const { text, ids } of falseFriends) expect(ids, text).not.toContain('FR');
  });

  it('then 中东欧 is the region, not the Middle East', () => {
    const cee = detected.filter((d) => d.text.includes('中东欧'));
    expect(cee.length).toBeGreaterThan(0);
    for (const { ids } of cee) {
      expect(ids).toContain('region:cee');
      expect(ids).not.toContain('region:middle-east');
    }
  });
});

describe('property: no input string makes the detector throw', () => {
  it('with arbitrary full Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => Array.isArray(detect(s))),
      { numRuns: 500 },
    );
  });
  it('with strings built from country pieces', () => {
    const piece = fc.constantFrom('中', '法', '方', '意', '同', '、', '国', '美', '欧', '塞', '赴', '两国', 'US', 'who', '（', '）', ' ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 15 }).map((p) => p.join('')),
        (s) => Array.isArray(detect(s)),
      ),
      { numRuns: 1000 },
    );
  });
});

describe('given a text whose words cannot matter, then it is not segmented (the same answer, faster)', () => {
  /** Whether detecting `text` segmented it. */
  const segmented = (text: string): boolean => {
    let called = false;
    detectCountries(text, {
      segment: (t) => {
        called = true;
        return cut(t);
      },
    });
    return called;
  };

  it('then a sentence with only longer names is read without segmenting, one with a two-character name or 中方 is segmented', () => {
    expect(segmented('国务院总理李克强应约同保加利亚总理鲍里索夫通电话')).toBe(false);
    expect(segmented('习近平同意大利总理孔特通电话')).toBe(false);
    expect(segmented('二十国集团领导人利雅得峰会第二次协调人会议在沙特举行')).toBe(true);
    expect(segmented('中方支持联合国')).toBe(true);
  });

  it('then no sentence of the corpus or text of country pieces that it skips holds a short form in its words', () => {
    const piece = fc.constantFrom(
      '中',
      '法',
      '方',
      '意',
      '同',
      '、',
      '国',
      '美',
      '欧',
      '塞',
      '赴',
      '抵达',
      '前往',
      '驻',
      '两国',
      '华',
      '非',
      '阿',
    );
    const texts = fc.array(piece, { maxLength: 15 }).map((p) => p.join(''));
    const skipped = [...chunks, ...fc.sample(texts, { numRuns: 3000, seed: 7 })].filter((text) => !segmented(text));
    expect(skipped.length).toBeGreaterThan(300);
    expect(skipped.filter((text) => findShortForms(cut(text)).length > 0)).toEqual([]);
  });
});

describe('demonyms in English text', () => {
  it('given a country named by its people, capitalised, then that country', () => {
    expect(detect('The Norwegian federation said he would return.')).toEqual(['NO']);
    expect(detect('A spokesperson for the Hungarian organisers spoke.')).toEqual(['HU']);
    expect(detect('Sri Lankan and Nigerian teams arrived.')).toEqual(['LK', 'NG']);
    expect(detect('The Norwegians won.')).toEqual(['NO']);
  });

  it('given the demonym of a country of several words, then that country, not the one its last word names alone', () => {
    expect(detect('North Korean officials met.')).toEqual(['KP']);
    expect(detect('South Sudanese and Papua New Guinean teams.')).toEqual(['PG', 'SS']);
    expect(detect('American Samoan officials spoke.')).toEqual(['AS']);
  });

  it('given a word of a country name found already, or a demonym lower-cased, then nothing more', () => {
    // "American" of American Samoa, "Dominican" of the Dominican Republic.
    expect(detect('American Samoa and the Dominican Republic joined.')).toEqual(['AS', 'DO']);
    expect(detect('Please polish the boards before the german class.')).toEqual([]);
  });
});
