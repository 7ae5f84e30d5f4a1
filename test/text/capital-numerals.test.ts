import { describe, expect, it } from 'vitest';
import { capitalAmounts, capitalsOf } from '../../src/text/capital-numerals.js';
import { answerOverFiles } from '../support/answer-over.js';

// An amount in Chinese financial capitals (壹万零伍佰元整) is its number too, found and lit by
// its figures; capitals that are no whole amount before 元 (伍佰号, 叁仟陆佰元伍角) are not.

describe('capitalAmounts', () => {
  it('given whole amounts before 元 or 圆, then their numbers', () => {
    expect(capitalAmounts('月租金为人民币叁仟陆佰元整（¥3,600.00）')).toEqual(['3600']);
    expect(capitalAmounts('押金壹万零伍佰圆，物业费叁佰陆拾元')).toEqual(['10500', '360']);
    expect(capitalAmounts('共计壹拾万元，合计贰亿叁仟万元')).toEqual(['100000', '230000000']);
  });

  it('given capitals that are no whole amount, then none', () => {
    for (const text of ['伍佰号大楼', '歌手伍佰', '代收叁仟陆佰元伍角', '壹元', '拾元']) expect(capitalAmounts(text)).toEqual([]);
  });
});

describe('capitalsOf', () => {
  it('given a whole number from 10, then its usual capitals, read back as itself', () => {
    const numbers = ['10', '15', '360', '502', '1050', '3600', '10500', '100000', '230000000'];
    const capitals = numbers.map(capitalsOf);
    expect(capitals).toEqual(['壹拾', '壹拾伍', '叁佰陆拾', '伍佰零贰', '壹仟零伍拾', '叁仟陆佰', '壹万零伍佰', '壹拾万', '贰亿叁仟万']);
    expect(capitals.flatMap((c) => capitalAmounts(`${c}元`))).toEqual(numbers);
  });
});

const engine = answerOverFiles('capital-numerals', {
  'receipt.md': [
    '# 收据',
    '',
    '今收到王先生交来房屋押金人民币壹万零伍佰元整。',
    '',
    '另收物业费人民币叁佰陆拾元整。',
    '',
    '本店地址：伍佰号大楼。',
    '',
    '代收水电费叁仟陆佰元伍角。',
  ].join('\n'),
  'receipt.meta.json': JSON.stringify({ id: 'receipt', title: '收据' }),
});

const lit = (query: string) =>
  engine
    .answer({ command: 'search', query })
    .items.map((item) => item.highlights.map(([start, end]) => item.text.slice(start, end)).join('|'));

describe('/search of an amount the documents write in capitals', () => {
  it('given /search of its figures, in either spelling or with 元, then the sentence writing it in capitals, lit', () => {
    const shown = { '10500': '壹万零伍佰', '10,500': '壹万零伍佰', '10500元': '壹万零伍佰元', '360': '叁佰陆拾' };
    expect(Object.keys(shown).map(lit)).toEqual(Object.values(shown).map((capitals) => [capitals]));
  });

  it('given a number that capitals write only as a name or with cents, then not found', () => {
    expect(lit('500')).toEqual([]);
    expect(lit('3600')).toEqual([]);
  });
});
