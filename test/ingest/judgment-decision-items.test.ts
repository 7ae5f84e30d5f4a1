import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.js';

// A judgment's decision of many items (a collection case against a hundred buyers, each item one
// payment ordered): each item a passage of its own, numbered on past 九十九 as courts number them.

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 21 → 二十一, 101 → 一百零一, 110 → 一百一十. */
function numeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100) return `${n < 20 ? '' : DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : `${rest < 20 ? '一' : ''}${numeral(rest)}`}`;
}

const ITEMS = Array.from(
  { length: 110 },
  (_, i) => `${numeral(i + 1)}、被告第${i + 1}号买受人于本判决生效之日起十日内向原告支付货款${(i + 1) * 100}元；`,
);
const JUDGMENT = [
  '青禾市北岸区人民法院',
  '民 事 判 决 书',
  '原告青禾农机有限公司向本院提出诉讼请求：判令各被告支付货款。',
  '各被告辩称：对欠款金额没有异议。',
  '本院经审理认定事实如下：',
  '各被告向原告购买农机，至今未付清货款。',
  '本院认为，买卖合同合法有效，各被告应当支付货款。',
  '依照《中华人民共和国民法典》第六百二十六条之规定，判决如下：',
  ...ITEMS,
  '案件受理费由各被告负担。',
  '审判员　李青',
].join('\n');

describe('a decision of more than ninety-nine items', () => {
  const doc = ingestDocument({ id: 'collection', title: '青禾农机有限公司买卖合同纠纷民事判决书', kind: 'plain' }, JUDGMENT);
  const texts = doc.passages.map((p) => p.text);

  it('given items numbered 一百、 and on, then each its own passage under the decision, as 九十九 is', () => {
    for (const item of [ITEMS[98]!, ITEMS[99]!, ITEMS[100]!, ITEMS[109]!]) expect(texts).toContain(item);
    expect(doc.passages.find((p) => p.text === ITEMS[100])?.section).toEqual(['判决如下']);
  });

  it('given the line after the last item, then it stands under no part of the decision', () => {
    expect(doc.passages.find((p) => p.text === '案件受理费由各被告负担。')?.section ?? null).toBeNull();
  });
});
