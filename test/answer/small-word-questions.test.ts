import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// Questions whose words are short: single characters (锚, 米), question words glued to them
// (多少米), English glue words beside translated ones (the), ordinals in digits (38th). Own corpus
// and process (one jieba dictionary per process).

const engine = answerOverFiles('small-words', {
  'city.md': [
    '# 港城手册',
    '度量方面，港城人习惯用“锚”计长度（1 锚 ≈ 1.8 米），用“桶”计液体（1 桶 ≈ 120 升）。',
    '此后成立燈塔議會（the Lantern Council）自治。',
    '她知道第 38 座灯塔的秘密。',
    '锚坞是造船厂和码头，工人与水手聚居。',
    '雾底区人口约 3.9 万，是低洼的老城区。',
  ].join('\n\n'),
});

const ask = (query: string) => engine.answer({ command: 'ask', query });
const first = (query: string) => ask(query).items[0]?.text ?? '';

describe('questions of single characters', () => {
  it.each(['1锚是多少米', '1桶是多少升', '锚是多长'])('given /ask %s, then the sentence writing its words, not nothing', (query) => {
    expect(first(query)).toContain('1 锚 ≈ 1.8 米');
  });

  it('given single characters no sentence writes together, then still nothing', () => {
    expect(ask('猫吃什么').items).toEqual([]);
  });
});

describe('English questions', () => {
  it('given "the" beside a translated word, then "the" is not what ranks or lights a sentence', () => {
    const answer = ask('Where is the lighthouse?');
    expect(answer.items.length).toBeGreaterThan(0);
    for (const item of answer.items) expect(item.highlights.map(([s, e]) => item.text.slice(s, e).toLowerCase())).not.toContain('the');
  });

  it('given an ordinal in digits, then its number is asked, not an unknown word', () => {
    const answer = ask('Where is the 38th lighthouse?');
    expect(answer.message ?? '').not.toContain('38th');
    expect(answer.items[0]?.text).toBe('她知道第 38 座灯塔的秘密。');
  });
});

describe('/search of a figure the documents write with a space inside', () => {
  it('given 3.9万 for 3.9 万, then the result is not said to lack it', () => {
    const answer = engine.answer({ command: 'search', query: '3.9万' });
    expect(answer.items.map((i) => i.text)).toEqual(['雾底区人口约 3.9 万，是低洼的老城区。']);
    expect(answer.message ?? '').not.toContain('都不包含');
  });
});
