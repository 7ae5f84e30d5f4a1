import { describe, expect, it } from 'vitest';
import { bookTitle } from '../../src/text/book-title.js';
import { answerOverFiles } from '../support/answer-over.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';

describe('bookTitle', () => {
  it('given a plain title, then it is put between 《》', () => {
    expect(bookTitle('使用说明书')).toBe('《使用说明书》');
  });

  it('given a title holding its own 《》, then it is shown as written', () => {
    expect(bookTitle('《山海旅店》更新日志')).toBe('《山海旅店》更新日志');
    expect(bookTitle('《山海旅店》')).toBe('《山海旅店》');
  });

  it('given a title with a lone 《 and no pair, then it is still wrapped', () => {
    expect(bookTitle('a《b')).toBe('《a《b》');
  });
});

describe('a title holding 《》 in answers', () => {
  const engine = answerOverFiles('book-title', SERVER_DOCUMENTS);

  it('given /about, then the changelog is named once wrapped', () => {
    const message = engine.answer({ command: 'about', query: '' }).message ?? '';
    expect(message).toContain('\n《山海旅店》更新日志：');
    expect(message).not.toContain('《《');
  });

  it('given a question about the whole changelog, then its summary names it once wrapped', () => {
    const message = engine.answer({ command: 'ask', query: '《山海旅店》更新日志讲了什么' }).message ?? '';
    expect(message).toMatch(/^《山海旅店》更新日志共 \d+ 句/);
  });
});
