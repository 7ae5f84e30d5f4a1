import { describe, expect, it } from 'vitest';
import { circledMark } from '../../src/text/circled-numbers.js';
import { answerOverFiles } from '../support/answer-over.js';

// A gazetteer entry of more than twenty notes, marked ① to ⑳ and on with ㉑, ㉒ as such texts
// are: note ⑳ is its own sentences, not every note after it, and ㉑ names a note as ① does. Own
// corpus and process (one jieba dictionary per process).

const PLACES = ['東門', '西橋', '南渡', '北閘', '石獅', '茶亭', '古井', '龍王廟', '文昌閣', '魁星樓', '義倉', '社學'];
const NOTES = 23;
const place = (i: number) => `${PLACES[i % PLACES.length]}${i + 1}號`;
const ENTRY = [
  '# 《梅川镇志》卷四 · 古迹（附注释、译文）',
  '',
  '## 一、原文',
  '',
  ...Array.from({ length: NOTES }, (_, i) => `${place(i)}，在鎮之${['東', '西', '南', '北'][i % 4]}，歲久輒圮${circledMark(i + 1)}。`),
  '',
  '## 二、注释',
  '',
  ...Array.from({ length: NOTES }, (_, i) => `${circledMark(i + 1)} ${place(i)}：镇中第${i + 1}处古迹。原址在第${i + 1}巷。`),
  '',
  '## 三、译文',
  '',
  ...Array.from({ length: NOTES }, (_, i) => `${place(i)}在镇的${['东', '西', '南', '北'][i % 4]}边，年深日久就坍塌了。`),
].join('\n');

const engine = answerOverFiles('many-notes', {
  'relics.md': ENTRY,
  'relics.meta.json': JSON.stringify({ id: 'relics', title: '梅川镇志·古迹', shortTitle: '镇志古迹', kind: 'plain' }),
});

const texts = (query: string) => engine.answer({ command: 'ask', query }).items.map((item) => item.text);

describe('notes marked past ⑳', () => {
  it('given note ⑳, then its sentences only, not the notes marked ㉑ and on', () => {
    expect(texts('注释⑳')).toEqual([`⑳ ${place(19)}：镇中第20处古迹。`, '原址在第20巷。']);
  });

  it('given note ㉑ or ㉓, by its mark or its number, then that note', () => {
    for (const question of ['注释㉑', '注㉑是什么', '注释第21条'])
      expect(texts(question)).toEqual([`㉑ ${place(20)}：镇中第21处古迹。`, '原址在第21巷。']);
    expect(texts('注释㉓')[0]).toBe(`㉓ ${place(22)}：镇中第23处古迹。`);
  });

  it('given /context of an original sentence marked ㉒, then note ㉒ after its translation', () => {
    const sentence = `${place(21)}，在鎮之西，歲久輒圮㉒。`;
    const id = engine.answer({ command: 'search', query: `"${sentence}"` }).items.find((item) => item.text === sentence)!.id;
    const notes = engine.answer({ command: 'context', query: id }).items.filter((item) => item.group === '注释');
    expect(notes.map((item) => item.text)).toEqual([`㉒ ${place(21)}：镇中第22处古迹。`, '原址在第22巷。']);
  });
});
