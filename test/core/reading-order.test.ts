import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/core/reading-order.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { answerOverFiles } from '../support/answer-over.js';
import { tempCorpus } from '../support/temp-corpus.js';

// A sentence a document writes twice is one passage (indexed once, cited at both places), but a
// reader going through the document in order must meet it at both: rule two has its penalty too.
// Own corpus and process (one jieba dictionary per process).

const RULES = '频道规则\n\n第一，禁止刷屏。违者请联系管理员。\n\n第二，禁止广告。违者请联系管理员。\n\n第三，禁止人身攻击。\n';
// Questions and answers under headings written again for each pair: two sections, each in two stretches.
const FAQ =
  '# 常见问题\n\n## 问题\n\n如何加入频道？\n\n## 回答\n\n点击邀请链接即可加入。\n\n## 问题\n\n如何退出频道？\n\n## 回答\n\n在设置中选择退出。退出后可随时重新加入。\n';
const HANDBOOK = '# 手册\n\n## 基本守则\n\n请先阅读。请保持礼貌。\n\n## 补充规定\n\n请保持礼貌。违者禁言。请勿刷屏。违者禁言。\n';

const engine = answerOverFiles('reading-order', { '规则.txt': RULES, '手册.md': HANDBOOK, 'faq.md': FAQ });

const texts = (query: string) => engine.answer({ command: 'ask', query, pageSize: 50 }).items.map((i) => i.text);

describe('readingOrder', () => {
  it('given a sentence written twice, then it stands at both places, in the document’s order', () => {
    const doc = loadCorpus(tempCorpus('reading-order-unit', { '规则.txt': RULES })).documents[0]!;
    expect(doc.passages).toHaveLength(4);
    expect(readingOrder(doc).map((s) => s.passage.text)).toEqual([
      '第一，禁止刷屏。',
      '违者请联系管理员。',
      '第二，禁止广告。',
      '违者请联系管理员。',
      '第三，禁止人身攻击。',
    ]);
  });
});

describe('readingOrder of a part made wholly of repeats', () => {
  it('given ## 再次提醒 repeating an earlier part’s sentences, then they are read there, after the parts before it', () => {
    const notice =
      '# 通知\n\n## 防疫要求\n\n请戴好口罩。进入教室前请测量体温。\n\n## 其他事项\n\n图书馆暂停开放。\n\n## 再次提醒\n\n请戴好口罩。进入教室前请测量体温。\n';
    const doc = loadCorpus(tempCorpus('reading-order-repeats', { '通知.md': notice })).documents[0]!;
    expect(readingOrder(doc).map((s) => `${s.place.section?.at(-1)}:${s.passage.text}`)).toEqual([
      '防疫要求:请戴好口罩。',
      '防疫要求:进入教室前请测量体温。',
      '其他事项:图书馆暂停开放。',
      '再次提醒:请戴好口罩。',
      '再次提醒:进入教室前请测量体温。',
    ]);
  });
});

describe('readingOrder of headings written again', () => {
  it('given ## 问题 and ## 回答 written for each pair, then each sentence stands where it is written, not with its heading’s first stretch', () => {
    const doc = loadCorpus(tempCorpus('reading-order-faq', { 'faq.md': FAQ })).documents[0]!;
    expect(readingOrder(doc).map((s) => `${s.place.section?.at(-1)}:${s.passage.text}`)).toEqual([
      '问题:如何加入频道？',
      '回答:点击邀请链接即可加入。',
      '问题:如何退出频道？',
      '回答:在设置中选择退出。',
      '回答:退出后可随时重新加入。',
    ]);
  });

  it('given /context of an answer alone under its heading, then the question before it among its neighbours', () => {
    const id = engine.answer({ command: 'search', query: '邀请链接' }).items[0]!.id;
    const around = engine.answer({ command: 'context', query: id }).items.map((i) => i.text);
    expect(around).toEqual(['如何加入频道？', '点击邀请链接即可加入。', '如何退出频道？', '在设置中选择退出。']);
  });

  it('given /context of a sentence in a stretch of several, then that stretch’s sentences, not the same heading’s other stretch', () => {
    const id = engine.answer({ command: 'search', query: '重新加入' }).items[0]!.id;
    const around = engine.answer({ command: 'context', query: id }).items.map((i) => i.text);
    expect(around).toEqual(['在设置中选择退出。', '退出后可随时重新加入。']);
  });
});

describe('listings read in order', () => {
  it('given a whole document asked for, then every sentence as written, the repeat cited at its own place', () => {
    const answer = engine.answer({ command: 'ask', query: '频道规则讲了什么', pageSize: 50 });
    expect(answer.message).toMatch(/共 5 句/u);
    expect(answer.items.map((i) => i.text)).toEqual(
      RULES.split('\n')
        .slice(1)
        .join('')
        .match(/[^。]+。/gu),
    );
    expect(answer.items[3]?.citation).toMatch(/第4句（另见1处）$/u);
  });

  it('given /about’s count of a document’s sentences, then the count its whole listing gives (a repeat counted at each place)', () => {
    const rules = engine.stats().documents.find((d) => d.title === '频道规则');
    expect(rules).toMatchObject({ passages: 4, sentences: 5 });
    expect(engine.answer({ command: 'about', query: '' }).message).toMatch(/频道规则》：5句/u);
  });

  it('given a part asked for, then its sentences as written, a repeat at both places', () => {
    expect(texts('补充规定讲了什么')).toEqual(['请保持礼貌。', '违者禁言。', '请勿刷屏。', '违者禁言。']);
  });

  it('given /context of a document’s first sentence, then it and the two after it', () => {
    const id = engine.answer({ command: 'search', query: '禁止刷屏' }).items[0]!.id;
    const around = engine.answer({ command: 'context', query: id }).items.map((i) => i.text);
    expect(around).toEqual(['第一，禁止刷屏。', '违者请联系管理员。', '第二，禁止广告。']);
  });

  it('given /context of the sentence before a repeat, then the repeat among its neighbours', () => {
    const id = engine.answer({ command: 'search', query: '禁止广告' }).items[0]!.id;
    const around = engine.answer({ command: 'context', query: id }).items.map((i) => i.text);
    expect(around).toEqual(['第一，禁止刷屏。', '违者请联系管理员。', '第二，禁止广告。', '违者请联系管理员。', '第三，禁止人身攻击。']);
  });
});
