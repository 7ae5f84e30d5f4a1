import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../../src/discord/custom-id.js';
import { suggestionRow, withSuggestionRow } from '../../src/discord/suggestion-buttons.js';

describe('suggestions as buttons', () => {
  it('given commands with their queries, then a button each, that answers the first page', () => {
    const row = suggestionRow(['/search 白皮书', '/date March 18', '/ask What does part 1 say?']);
    expect(row?.components.map((b) => ('custom_id' in b ? decodeCustomId(b.custom_id) : null))).toEqual([
      { kind: 'run', command: 'search', query: '白皮书' },
      { kind: 'run', command: 'date', query: 'March 18' },
      { kind: 'run', command: 'ask', query: 'What does part 1 say?' },
    ]);
  });

  it('given hints that are no command, a command with nothing to ask, one too long for an id or holding half an emoji, then no button for them', () => {
    expect(
      suggestionRow(['用更少或更短的关键词', '/help', '/context chronicle:1', `/search ${'长'.repeat(120)}`, 'March 23 (7 entries)']),
    ).toBeNull();
  });

  it('given more than five, or the same twice, then five buttons at most, each once', () => {
    const row = suggestionRow(['/date 3月18日', '/date 3月18日', ...[1, 2, 3, 4, 5, 6].map((d) => `/date 3月${d}日`)]);
    expect(row?.components).toHaveLength(5);
    expect(new Set(row?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).size).toBe(5);
  });
});

describe('/country offers', () => {
  it('given place names offered by /country, then a /country button each; a /search offer stays itself', () => {
    const row = suggestionRow(['Germany', '/search 武汉'], 'country');
    expect(row?.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['/country Germany', '/search 武汉']);
  });
});

describe('offers of other kinds', () => {
  it('given /date’s nearest days with their counts, then a /date button each for the day alone', () => {
    const row = suggestionRow(['3月8日（2条）', 'March 9 (3 entries)'], 'date');
    expect(row?.components.map((b) => ('custom_id' in b ? decodeCustomId(b.custom_id) : null))).toEqual([
      { kind: 'run', command: 'date', query: '3月8日' },
      { kind: 'run', command: 'date', query: 'March 9' },
    ]);
    expect(row?.components.map((b) => ('label' in b ? b.label : ''))).toEqual(['/date 3月8日（2条）', '/date March 9 (3 entries)']);
  });

  it('given an offer saying what its command does first, then a button running that command', () => {
    const row = suggestionRow(['仍要查找原词：/search "口照"', 'Search as typed: /search 捐赠 "口照"']);
    expect(row?.components.map((b) => ('custom_id' in b ? decodeCustomId(b.custom_id) : null))).toEqual([
      { kind: 'run', command: 'search', query: '"口照"' },
      { kind: 'run', command: 'search', query: '捐赠 "口照"' },
    ]);
  });

  it('given an answer with results and commands among its suggestions, then their row under the answer’s own', () => {
    const rows = withSuggestionRow([], ['/date 3月18日', '用更少或更短的关键词']);
    expect(rows).toHaveLength(1);
    expect(withSuggestionRow([], ['用更少或更短的关键词'])).toEqual([]);
  });
});

describe('usages are no offers', () => {
  it('given a hint naming a command with a placeholder (更短的关键词：/search 关键词), then no button', () => {
    expect(
      suggestionRow(['换一种说法，或用更短的关键词：/search 关键词', 'ask in other words, or search shorter keywords: /search <keywords>']),
    ).toBeNull();
  });
});
