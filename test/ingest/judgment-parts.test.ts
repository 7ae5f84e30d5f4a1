import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// An invented tenancy judgment, written as courts write them: its parts open paragraphs with their
// set words, no heading marks them, and the decision's items end with semicolons, not full stops.

const JUDGMENT = [
  '青禾市北岸区人民法院',
  '民 事 判 决 书',
  '原告：钟明远，男，1980年2月3日出生，住青禾市北岸区。',
  '被告：青禾安居物业有限公司，住所地青禾市北岸区湖滨路8号。',
  '原告钟明远向本院提出诉讼请求：1.判令被告退还押金6,000元；2.本案诉讼费由被告负担。',
  '青禾安居物业有限公司辩称：原告退租时房屋墙面损坏，押金应抵扣修缮费用。',
  '本院经审理认定事实如下：',
  '2023年6月1日，双方签订租赁合同，原告交付押金6,000元。',
  '本院认为，租赁合同合法有效。被告未举证证明墙面损坏系原告所致，应退还押金。',
  '综上，依照《中华人民共和国民法典》第七百零三条之规定，判决如下：',
  '一、被告青禾安居物业有限公司于本判决生效之日起十日内退还原告钟明远押金6,000元；',
  '二、驳回原告钟明远的其他诉讼请求。',
  '案件受理费50元，由被告负担。',
  '审判员　李青',
];

describe("a court judgment's standard parts", () => {
  const engine = answerOverFiles(
    'judgment-parts',
    plainFiles('lease', '钟明远与青禾安居物业有限公司房屋租赁合同纠纷民事判决书', JUDGMENT.join('\n')),
  );
  it("given the court's reasoning asked for, then its paragraph in order, cited in its part", () => {
    const answer = engine.ask('本院认为部分讲了什么');
    expect(answer.items.map((item) => item.text)).toEqual([
      '本院认为，租赁合同合法有效。',
      '被告未举证证明墙面损坏系原告所致，应退还押金。',
    ]);
    expect(answer.items[0]!.citation).toContain('本院认为');
  });

  it('given an item of the decision, then that item alone, by 判决 or by 判决如下', () => {
    for (const query of ['判决第二项是什么', '判决如下的第二项']) {
      expect(engine.ask(query).items.map((item) => item.text)).toEqual(['二、驳回原告钟明远的其他诉讼请求。']);
    }
  });

  it('given the whole judgment asked for, then its parts are named', () => {
    expect(engine.ask('判决书讲了什么').message).toContain('诉讼请求；辩称；经审理查明；本院认为；判决如下');
  });
});
