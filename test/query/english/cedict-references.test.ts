import { describe, expect, it } from 'vitest';
import { followPointers, pointerTarget } from '../../../src/query/english/cedict-references.js';
import { readCedict } from '../../../src/query/english/cedict-source.js';

const cedict = readCedict();
const entriesOf = (simplified: string) => cedict.heads.filter((h) => h.simplified === simplified).flatMap((h) => cedict.entry(h) ?? []);

describe('pointerTarget', () => {
  it.each([
    ['see 浙江省[Zhe4 jiang1 Sheng3]', '浙江省'],
    ['see 儘快|尽快[jin3 kuai4]', '尽快'],
    ['variant of 聯繫|联系[lian2 xi4]', '联系'],
    ['see also 團結一心|团结一心[tuan2 jie2 yi1 xin1]', '团结一心'],
  ])('given "%s" then it points to %s', (meaning, target) => {
    expect(pointerTarget(meaning)).toBe(target);
  });

  it.each(['to see; to look at', 'see you later', 'province', 'see 浙江省[Zhe4 jiang1 Sheng3] and its capital'])(
    'given the gloss "%s" then it points nowhere',
    (meaning) => {
      expect(pointerTarget(meaning)).toBeNull();
    },
  );
});

describe('followPointers (real CC-CEDICT)', () => {
  it('given an entry that only points to its full name, then it takes that name’s meanings', () => {
    // 浙江: "see 浙江省": the corpus writes 浙江, and "Zhejiang" must reach it.
    const [zhejiang] = followPointers(entriesOf('浙江'), cedict);
    expect(zhejiang?.meanings.join(' ')).toMatch(/Zhejiang/);
    expect(zhejiang?.meanings.some((m) => pointerTarget(m) !== null)).toBe(false);
  });

  it('given an entry with a gloss of its own, then it is returned unchanged', () => {
    const own = entriesOf('口罩');
    expect(followPointers(own, cedict)).toEqual(own);
  });
});
