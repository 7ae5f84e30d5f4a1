import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';
import { chronicleFiles } from '../support/temp-corpus.js';

// /country over a server's folder of several kinds of documents, named so that folder order is
// not the answer's: chronicles by date, then documents with sections, then the rest. Own corpus
// and process (one jieba dictionary per process).

const engine = answerOverFiles('country-docs', {
  'a-guide.txt': '出行指南\n\n去意大利旅行要提前办签证。\n',
  'b-report.md': '# 合作报告\n\n## 欧洲\n\n我们同意大利的学校建立了联系。\n',
  ...chronicleFiles('c-2021', 2021, '大事记\n\n3月18日\n◆意大利客人来访。\n'),
  ...chronicleFiles('d-2020', 2020, '纪事\n\n3月18日\n◆向意大利寄出书信。\n\n3月20日\n◆收到意大利的回信。\n'),
});

describe('/country over documents of several kinds', () => {
  it('given a country all mention, then every chronicle’s entries by date, then sections, then plain text', () => {
    const answer = engine.answer({ command: 'country', query: '意大利', pageSize: 50 });
    expect(answer.items.map((i) => i.text)).toEqual([
      '向意大利寄出书信。',
      '收到意大利的回信。',
      '意大利客人来访。',
      '我们同意大利的学校建立了联系。',
      '去意大利旅行要提前办签证。',
    ]);
  });
});
