// An official state name is a country's name plus words for its form of state: 叙利亚阿拉伯共和国,
// 阿拉伯叙利亚共和国, 越南社会主义共和国, 沙特阿拉伯王国. Users paste them from news and
// official sites. Some of those words are names of their own (阿拉伯 is also the Arab League), so
// a contained-name reading would see two places in 叙利亚阿拉伯共和国 and give up. What is left of the
// text once the country's name is taken out is then only such words; that decides it.
// The words are the vocabulary of Chinese official state names in general, not of any corpus.

import { toSimplified } from '../text/normalize.js';

/** Longest first, so that 民主共和国 is taken whole before 共和国. */
const STATE_FORM_WORDS = [
  '民主主义',
  '社会主义',
  '民主共和国',
  '联邦共和国',
  '联合共和国',
  '合众国',
  '共和国',
  '联合王国',
  '大公国',
  '酋长国',
  '苏丹国',
  '多民族',
  '伊斯兰',
  '阿拉伯',
  '王国',
  '公国',
  '联邦',
  '人民',
  '民主',
  '联合',
  '国',
  '及',
].sort((a, b) => b.length - a.length);

/** True when `rest` (what remains of an official name without the country's) is only state-form words. */
export function isOnlyStateForm(rest: string): boolean {
  let left = toSimplified(rest).replace(/[\s\p{P}]/gu, '');
  if (left === '') return false;
  for (let changed = true; changed && left !== ''; ) {
    changed = false;
    for (const word of STATE_FORM_WORDS) {
      if (left.startsWith(word)) {
        left = left.slice(word.length);
        changed = true;
        break;
      }
    }
  }
  return left === '';
}
