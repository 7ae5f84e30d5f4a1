import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';
import { engineOver } from '../support/temp-corpus.js';

// Who wrote a sentence as a field of it (speaker-field.ts), over the real genre documents in one
// folder: a group chat export, a forum thread and a podcast transcript, beside a lease and a
// package insert whose words the questions share. Own corpus and process (one jieba dictionary per process).

const DOCUMENTS = [
  ['genre5-corpus', '春晖苑三期-业主群聊天记录', 'txt'],
  ['genre4-corpus', '阳台种菜吧-番茄叶子发黄求助帖', 'md'],
  ['genre3-corpus', '夜航城市-第23期-文字稿', 'txt'],
  ['genre4-corpus', '翠湾花园-房屋租赁合同', 'txt'],
  ['genre4-corpus', '赛洛替定片-说明书', 'txt'],
] as const;

let engine: Engine;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const [folder, name, extension] of DOCUMENTS)
    for (const file of [`${name}.${extension}`, `${name}.meta.json`])
      files[file] = readFileSync(join(PROJECT_ROOT, 'eval', folder, file), 'utf8');
  engine = await engineOver('speakers', files);
}, 60_000);

const answer = (command: 'ask' | 'search', query: string) => engine.answer({ command, query, pageSize: 150 });
const texts = (command: 'ask' | 'search', query: string) => answer(command, query).items.map((i) => i.text);

describe('/search of a speaker’s name', () => {
  it('given a chat member’s nickname, then the messages writing it first, lit, then her own, said so', () => {
    const found = answer('search', '王阿姨');
    const list = found.items.map((i) => i.text);
    // Her own messages do not write her name.
    expect(list).toContain('提醒一下大家，明天停水，今晚记得用桶把水存好💧');
    expect(list).toContain('@7栋-老陈🚲 初步报价是86.5万元，从专项维修资金里出，不用大家另外掏钱，明细周六会上发');
    const writing = list.filter((text) => text.includes('王阿姨'));
    expect(list.slice(0, writing.length)).toEqual(writing);
    expect(found.message).toContain('结果也包括“王阿姨🌸”本人的发言');
  });

  it('given the word a member is called by (老陈 of 7栋-老陈🚲), then his messages too', () => {
    expect(texts('search', '老陈')).toContain('我上次找的一个姓郭的师傅，空调挂机一台80，油烟机150，洗得挺干净，电话我私你');
  });

  it('given a name and another keyword, then the speaker’s sentences writing the other first', () => {
    expect(texts('search', '王阿姨 停水').slice(0, 2)).toEqual([
      '提醒一下大家，明天停水，今晚记得用桶把水存好💧',
      '各位邻居晚上好，物业刚在大群里发了通知，下周二要停水，大家看到了吗？',
    ]);
    // A transcript turn's later sentences are its speaker's too: 夜班补贴… before his turns not writing 夜班.
    const turns = texts('search', '陈立伟 夜班');
    expect(turns.indexOf('夜班补贴是一个晚上80块。')).toBeLessThan(turns.indexOf('[00:17:05] 陈立伟：睡觉。'));
  });

  it('given a forum author no sentence names, then their posts, with no note that no result holds the name', () => {
    const found = answer('search', '植保站的小周');
    expect(found.items.map((i) => i.citation)).toContain('番茄求助帖 · 5楼 植保站的小周 · 第2句');
    expect(found.message).not.toMatch(/不包含|只写在标题/u);
  });
});

describe('/ask naming a speaker and asking more', () => {
  it('given a chat member, then his message answers, not a sentence of another document sharing a word (师傅)', () => {
    expect(texts('ask', '老陈找的师傅多少钱')[0]).toBe('我上次找的一个姓郭的师傅，空调挂机一台80，油烟机150，洗得挺干净，电话我私你');
  });

  it('given a post’s author, then their post, not a chat message sharing 去年', () => {
    expect(texts('ask', '路过的猫去年的番茄怎么样了')[0]).toBe('我去年也这样，后来整棵死了😭 楼主加由');
  });

  it('given a transcript’s host, then her turn, not the guest’s sharing the story’s words', () => {
    expect(texts('ask', '小满听了暖宝宝的故事说什么')[0]).toBe('[00:12:30] 小满：哇，好暖。');
  });

  it('given a question about another document using a nickname’s word (物业), then that document still answers (a guard on the weight)', () => {
    expect(texts('ask', '物业管理费由谁承担')[0]).toContain('物业管理费（每月2.3元/平方米）由甲方承担');
  });
});
