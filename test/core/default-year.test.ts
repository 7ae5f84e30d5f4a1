import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A user's chronicle whose sidecar gives no year, but whose headings write one: a day typed
// without a year means the year its entries are in, not 2020. Own corpus and process.

const engine = answerOverFiles('year', {
  'diary.txt':
    '外交纪事\n\n2022年1月5日\n◆中国与菲律宾举行磋商。\n◆日本外相访问澳大利亚。\n\n2022年1月6日\n◆印度与巴基斯坦恢复对话。\n\n1月9日\n◆泰国举行会议。\n',
  'diary.meta.json': JSON.stringify({ id: 'diary', title: '外交纪事', kind: 'chronicle' }),
});

describe('the default year of a corpus whose sidecars give none', () => {
  it('given a day without a year, then the day of the year the entries are in', () => {
    const answer = engine.answer({ command: 'date', query: '1月9日' });
    expect(answer.items.map((i) => i.text)).toEqual(['泰国举行会议。']);
    expect(answer.items[0]?.date).toBe('2022-01-09');
  });

  it('given a month without a year, then its entries, not a suggestion to type the same month again', () => {
    expect(engine.answer({ command: 'date', query: '1月' }).total).toBe(4);
  });
});
