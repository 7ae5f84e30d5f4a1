import { describe, expect, it } from 'vitest';
import { nextPageHint } from '../../src/cli/next-page-hint.js';
import type { Answer } from '../../src/core/types.js';
import { readCorpusOption } from '../../src/corpus-option.js';

// The command printed under a text answer of several pages, to run for the next one.

const answer = {
  command: 'search',
  query: '疫情防控',
  total: 35,
  page: 1,
  pageSize: 2,
  items: [],
  message: null,
  suggestions: [],
} as Answer;

describe('nextPageHint', () => {
  it('given the folder given with --corpus, then the command repeats it (run as printed, it paged the default corpus)', () => {
    const option = readCorpusOption({}, ['--corpus', '/tmp', '/search 疫情防控']);
    expect(option.ok && option.typed).toBe('/tmp');
    const typed = option.ok ? option.typed : undefined;
    expect(nextPageHint(answer, '/search 疫情防控', 2, 'zh', typed)).toBe(
      "下一页：npm run --silent ask -- --corpus /tmp --limit 2 --page 2 '/search 疫情防控'",
    );
  });

  it('given CORPUS_DIR or no folder, then nothing to repeat; given the last page, no command', () => {
    const option = readCorpusOption({ CORPUS_DIR: '/tmp' }, ['/search 疫情防控']);
    expect(option.ok && option.typed).toBeUndefined();
    expect(nextPageHint(answer, '/search 疫情防控', 10)).toBe("下一页：npm run --silent ask -- --page 2 '/search 疫情防控'");
    expect(nextPageHint({ ...answer, page: 18 }, '/search 疫情防控', 2)).toBeNull();
  });
});
