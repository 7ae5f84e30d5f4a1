import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A server's plain text headed by chapters (第一章 总则, 第二节 范围): its parts are asked for by
// number as the white paper's are; a Markdown file's first heading may be its title. Own corpus
// and process (one jieba dictionary per process).

const engine = answerOverFiles('chapters', {
  'rules.txt':
    '防疫管理办法\n\n第一章 总则\n本办法适用于社区防疫。\n\n第二章 措施\n居民应当佩戴口罩。\n第一节 物资\n社区储备消毒用品。\n\n第二节 宣传\n社区张贴防疫海报。\n',
  // A Markdown file whose first heading is its title, and a setext heading after it: a part of its own.
  'handbook.md':
    '# Volunteer Handbook\n\nVolunteers sign in at the desk. Badges are handed out there.\n\nShifts\n======\n\nShifts last four hours. Swaps go through the coordinator.\n',
});

const ask = (query: string) => engine.answer({ command: 'ask', query, pageSize: 50 });

describe('parts of a plain text asked for by number', () => {
  it('given 第一章讲的是什么, then that chapter, not "no such part"', () => {
    const answer = ask('第一章讲的是什么');
    expect(answer.items.map((i) => i.text)).toEqual(['本办法适用于社区防疫。']);
  });

  it('given 第二章第二节说了什么, then that section of that chapter', () => {
    expect(ask('第二章第二节说了什么').items.map((i) => i.text)).toEqual(['社区张贴防疫海报。']);
  });

  it('given a chapter the text does not have, then it is said, with the chapters there are', () => {
    const answer = ask('第五章讲的是什么');
    expect(answer.items).toEqual([]);
    expect(answer.message).toContain('第二章 措施');
    // Offered as the chapters they are, each of which answers.
    expect(answer.suggestions).toEqual(['/ask 第一章讲的是什么', '/ask 第二章讲的是什么']);
    for (const offer of answer.suggestions) expect(ask(offer.replace(/^\/ask /, '')).total, offer).toBeGreaterThan(0);
    const english = engine.answer({ command: 'ask', query: 'What does chapter 5 say?', locale: 'en' });
    expect(english.suggestions).toEqual(['/ask What does chapter 1 say?', '/ask What does chapter 2 say?']);
    for (const offer of english.suggestions) expect(ask(offer.replace(/^\/ask /, '')).items[0]?.text, offer).toBeDefined();
  });
});

describe('a document asked for by the title its first heading repeats', () => {
  it('given Volunteer Handbook讲了什么, then the whole document, not only the sentences under that heading', () => {
    const answer = ask('Volunteer Handbook讲了什么');
    expect(answer.items.map((i) => i.text)).toEqual([
      'Volunteers sign in at the desk.',
      'Badges are handed out there.',
      'Shifts last four hours.',
      'Swaps go through the coordinator.',
    ]);
  });
});
