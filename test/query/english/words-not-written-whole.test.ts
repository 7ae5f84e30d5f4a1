import { beforeAll, describe, expect, it } from 'vitest';
import { preparedDictionaries } from '../../../src/index/prepared-dictionaries.js';
import { meaningfulParts } from '../../../src/query/english/ecdict-fill.js';
import { buildEnglishLexicon, type EnglishLexicon } from '../../../src/query/english/lexicon.js';
import { translateEnglishQuery } from '../../../src/query/english/translate.js';

// Documents of other genres than the starting corpus (a syllabus, a project's minutes, a server's
// rules) write an English question's words otherwise than the dictionaries' main translations.
const TEXT = [
  '上机课每周四晚上在实验楼 B312 机房，理论课在教三楼。',
  '违规处理采用累计制，记录保留90天。',
  '首批核心维护者：林一帆、陈墨、韩露。',
  '会议默认在线上召开，遇到节假日顺延，时间符合大家的安排。',
  '腾讯会议的会议号见频道置顶；俱乐部成立于2009年。',
].join('\n');

const groupOf = (lexicon: EnglishLexicon, question: string, english: string) =>
  translateEnglishQuery(question, lexicon).groups.find((g) => g.english === english)?.chinese;

describe('English words the documents do not write as the dictionaries translate them', () => {
  let lexicon: EnglishLexicon;
  beforeAll(() => {
    lexicon = buildEnglishLexicon(TEXT, { prepared: preparedDictionaries().prepared });
  });

  it('given a translation the documents write only inside longer words (实验室), then its word part (实验)', () => {
    expect(groupOf(lexicon, 'Where is the lab class held?', 'lab')).toEqual(['实验']);
  });

  it('given a word whose other senses only are written in part (liver: 肝脏, and 生活者 "one who lives"), then not by that part', () => {
    const written = buildEnglishLexicon('他热爱生活，马上行动。', { prepared: preparedDictionaries().prepared });
    expect(groupOf(written, 'Is the liver healthy?', 'liver') ?? []).not.toContain('生活');
    expect(groupOf(written, 'Who is the actor?', 'actor') ?? []).not.toContain('行动');
  });

  it('given a noun nothing translates, then the translations of the verb it is made from', () => {
    expect(groupOf(lexicon, 'How long are violation records kept?', 'violation')).toContain('违规');
    expect(groupOf(lexicon, 'Who are the core maintainers?', 'maintainers')).toContain('维护');
  });

  it('given a word whose ending leaves a short word it is not made from (lot-ion, base-ment), then not that word', () => {
    const written = buildEnglishLexicon('去过不少地方。打好基础。身上出了汗。', { prepared: preparedDictionaries().prepared });
    expect(groupOf(written, 'Which lotion is best?', 'lotion') ?? []).not.toContain('不少');
    expect(groupOf(written, 'Is there a basement?', 'basement') ?? []).not.toContain('基础');
    expect(groupOf(written, 'Where is my sweater?', 'sweater') ?? []).toEqual([]);
  });

  it('given a plural -ings noun, then the noun alone, not the senses of its verb', () => {
    expect(groupOf(lexicon, 'Who takes notes at the meetings?', 'meetings')).toEqual(['会议']);
  });

  it('given a gloss that describes its headword with a year ("founded in 1998"), then it translates nothing', () => {
    expect(groupOf(lexicon, 'When was the club founded?', 'founded') ?? []).not.toContain('腾讯');
  });
});

describe('meaningfulParts', () => {
  const words = new Set(['实验', '维护', '图书']);
  const isWord = (w: string) => words.has(w);

  it('given a three-character word, then its first two characters when they are a word', () => {
    expect(meaningfulParts('实验室', isWord)).toEqual(['实验']);
    expect(meaningfulParts('维护者', isWord)).toEqual(['维护']);
    expect(meaningfulParts('验室长', isWord)).toEqual([]);
  });

  it('given two characters, four, or Latin letters, then no part', () => {
    expect(meaningfulParts('实验', isWord)).toEqual([]);
    expect(meaningfulParts('图书管理', isWord)).toEqual([]);
    expect(meaningfulParts('实验A', isWord)).toEqual([]);
  });
});

describe('CC-CEDICT headwords glossed with a word only in passing', () => {
  it('given documents writing none of a word’s plain translations, then no headword that mentions it in passing stands for it', () => {
    const lexicon = buildEnglishLexicon('沿途经过新津、温江和龙泉驿。俱乐部成立于2009年。', { prepared: preparedDictionaries().prepared });
    expect(lexicon.words['often'] ?? []).not.toContain('龙泉驿');
    expect(lexicon.words['water'] ?? []).not.toContain('成立');
  });
});
