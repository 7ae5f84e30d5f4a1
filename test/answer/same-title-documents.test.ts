import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// A server's folder where two files open with the same title line (a report and its draft):
// answers must still tell them apart. Own corpus and process.

const engine = answerOverFiles('same-title', {
  'report.txt': '农业合作协议\n\n法国希望扩大对华出口奶酪。\n',
  'draft.txt': '农业合作协议\n\n法国代表团参观了示范园。\n',
});

describe('documents sharing a title', () => {
  it('given /country of a place both name, then one group per document, each named with its file', () => {
    const answer = engine.answer({ command: 'country', query: '法国' });
    expect(answer.groups?.map((g) => g.label)).toEqual(['农业合作协议（draft.txt）', '农业合作协议（report.txt）']);
  });

  it('given /about, then each is listed with its file', () => {
    expect(engine.answer({ command: 'about', query: '' }).message).toMatch(
      /《农业合作协议》（draft\.txt）：1句\n《农业合作协议》（report\.txt）：1句/,
    );
  });
});
