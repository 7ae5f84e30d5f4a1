import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { realEngine } from '../support/engine.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { engineOver } from '../support/temp-corpus.js';

// A question about the documents as a whole ("这些文档讲了什么") names none of them: it found
// nothing. It gets the list of documents with how to ask about one, or the one document's listing.

describe('questions about all the documents', () => {
  const engine = answerOverFiles('corpus-question', SERVER_DOCUMENTS);

  it.each([
    '这些文档讲了什么',
    '这篇文章讲了什么',
    '这些文件说了什么？',
    'What do the documents say?',
    // Asking which documents there are: a list, though nothing asks what they say.
    '有哪些文档',
    '文档列表',
    '你们有哪些资料？',
    'What documents do you have?',
    'list the documents',
  ])('given /ask %s, then every document is listed as /about names it, with how to ask about one', (query) => {
    const answer = engine.answer({ command: 'ask', query });
    expect(answer.message).toMatch(/^(语料共4篇文档：|The corpus holds 4 documents:)/);
    for (const title of [
      '《茶馆服务器规则与常见问题》',
      '《小岚净化器使用说明书》',
      '\n《山海旅店》更新日志',
      '《从三个人到三百人：骑行俱乐部的十五年》',
    ])
      expect(answer.message).toContain(title);
    expect(answer.suggestions).toContain('/ask 小岚净化器使用说明书讲了什么');
  });

  it('given a suggestion to ask about one, then it lists that document in order', () => {
    const answer = engine.answer({ command: 'ask', query: '小岚净化器使用说明书讲了什么' });
    expect(answer.message).toMatch(/^《小岚净化器使用说明书》共 \d+ 句/);
  });

  it.each(['滤网的寿命是多少', '说明书里怎么更换滤网', '文件', '哪些文件提到了滤网', 'which documents mention the filter'])(
    'given /ask %s, then it is ranked, not answered with the list',
    (query) => {
      expect(engine.answer({ command: 'ask', query }).message ?? '').not.toContain('篇文档：');
    },
  );
});

describe('a question about all the documents over one document', () => {
  it('given /ask 这篇文章讲了什么, then that document is listed in order', async () => {
    const engine = await engineOver('corpus-question-one', { 'notes.txt': '公园笔记\n\n公园将于五月开放。\n\n门票免费。\n' });
    const answer = engine.answer({ command: 'ask', query: '这篇文章讲了什么' });
    expect(answer.message).toMatch(/^《公园笔记》共 2 句/);
    expect(answer.items.map((i) => i.text)).toEqual(['公园将于五月开放。', '门票免费。']);
  });
});

describe('questions about all the documents, over the starting documents', () => {
  it('given /ask 这些文档讲了什么, then both documents are listed', async () => {
    const answer = (await realEngine()).answer({ command: 'ask', query: '这些文档讲了什么' });
    expect(answer.message).toMatch(/^语料共2篇文档：\n《[^》]+》：\d+句\n《[^》]+》：\d+句\n/);
  });
});

describe('a question for things the documents call by a word for documents (材料, 资料)', () => {
  it('given /ask 有哪些材料 over a wiki writing 游戏中的材料有…, then its sentence, not the list; asked of the bot, the list', async () => {
    const engine = await engineOver('corpus-question-materials', {
      'craft.md': '# 合成指南\n\n游戏中的材料有木头、石头和铁矿。\n\n木剑需要两块木头。\n',
      'course.md': '# 课程\n\n本课程的参考资料有《数据可视化》和《设计心理学》。\n',
    });
    for (const query of ['有哪些材料', '材料有哪些', '有哪些资料']) {
      const answer = engine.answer({ command: 'ask', query });
      expect(answer.message ?? '', query).not.toContain('篇文档：');
      expect(answer.items.length, query).toBeGreaterThan(0);
    }
    expect(engine.answer({ command: 'ask', query: '你们有哪些资料' }).message).toMatch(/^语料共2篇文档：/);
    expect(engine.answer({ command: 'ask', query: '有哪些文档' }).message).toMatch(/^语料共2篇文档：/);
  });
});
