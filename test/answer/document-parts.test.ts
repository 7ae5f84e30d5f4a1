import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// Parts of a server's own documents asked for by position: numbered as Markdown writers number
// them (二、违规处理), or not numbered at all (a changelog's dated headings), and named with the
// document ("更新日志的第三部分"). Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles('parts', {
  'rules.md': [
    '# 茶馆服务器规则',
    '欢迎加入茶馆。',
    '## 一、基本规则',
    '禁止发布广告链接。',
    '## 二、违规处理',
    '第一次违规给予口头警告。',
  ].join('\n\n'),
  'log.md': [
    '# 游戏更新日志',
    '## 2024年1月18日 v1.0',
    '游戏正式上线。',
    '## 2024年2月6日 v1.1',
    '新增春节活动。',
    '## 2024年3月15日 v1.2',
    '新增装修系统。',
  ].join('\n\n'),
  'log.meta.json': JSON.stringify({ id: 'log', title: '游戏更新日志', aliases: ['更新日志'] }),
  'xl.md': ['# XL-300 使用手册', '## 安装', '先装好滤网。', '## 联网', 'XL-300 支持手机控制。'].join('\n\n'),
});

const ask = (query: string) => engine.answer({ command: 'ask', query });

describe('parts asked for by position', () => {
  it('given "第二部分" and a document numbering its parts 一、二、, then that part', () => {
    const answer = ask('第二部分讲了什么');
    expect(answer.items.map((i) => i.text)).toEqual(['第一次违规给予口头警告。']);
    expect(answer.message).toMatch(/^“二、违规处理”共 1 句/u);
  });

  it('given a document named with a part its headings do not number, then its part at that position', () => {
    const answer = ask('更新日志的第三部分讲了什么');
    expect(answer.items.map((i) => i.text)).toEqual(['新增装修系统。']);
  });

  it('given a document named with a part beyond its last, then no such part, and that document’s parts only, asked of it', () => {
    const answer = ask('更新日志的第五部分讲了什么');
    expect(answer.items).toEqual([]);
    expect(answer.message).toMatch(/没有问到的这一部分/u);
    expect(answer.message).not.toContain('基本规则');
  });

  it('given an English question naming a document and a part it lacks, then the parts offered ask of that document', () => {
    const answer = engine.answer({ command: 'ask', query: 'What does part 5 of 茶馆服务器规则 say?', locale: 'en' });
    expect(answer.items).toEqual([]);
    expect(answer.suggestions).toContain('/ask What does part 2 of 茶馆服务器规则 say?');
  });

  it('given a document named by a distinctive part of its title, then its part', () => {
    expect(ask('茶馆服务器的第二部分讲了什么').items.map((i) => i.text)).toEqual(['第一次违规给予口头警告。']);
  });

  it('given a short part of a title (two characters, or a model name its sentences write) beside the part, then that document’s part', () => {
    expect(ask('规则的第二部分').items.map((i) => i.text)).toEqual(['第一次违规给予口头警告。']);
    expect(ask('XL-300的第二部分').items.map((i) => i.text)).toEqual(['XL-300 支持手机控制。']);
  });
});
