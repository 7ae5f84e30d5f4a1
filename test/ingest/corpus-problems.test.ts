import { describe, expect, it } from 'vitest';
import { corpusProblems } from '../../src/ingest/corpus-problems.js';

describe('corpusProblems of an empty folder', () => {
  const empty = { documents: [], skipped: [] };

  it('given a start, then it says the bot will answer nothing', () => {
    expect(corpusProblems(empty, '/srv/corpus')).toEqual([
      '语料目录 /srv/corpus 中没有可读的文档（.txt、.md、.docx（Word）、.html/.htm（网页）、.pdf），机器人将无法回答任何问题。',
    ]);
  });

  it('given a running bot reloading, then it says the bot keeps answering from the documents it has (an emptied folder is refused)', () => {
    const [problem] = corpusProblems(empty, '/srv/corpus', true);
    expect(problem).toContain('继续用已载入的文档回答');
    expect(problem).not.toContain('无法回答');
  });
});
