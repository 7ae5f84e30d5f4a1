import { describe, expect, it } from 'vitest';
import { offer } from '../../src/answer/offers.js';
import { decodeCustomId } from '../../src/discord/custom-id.js';
import { suggestionRow, withSuggestionRow } from '../../src/discord/suggestion-buttons.js';

/** Offers that are commands as typed: the label is the command. */
const commands = (...typed: string[]) => typed.map((t) => offer(t, t));
const runs = (row: ReturnType<typeof suggestionRow>) => row?.components.map((b) => ('custom_id' in b ? decodeCustomId(b.custom_id) : null));
const labels = (row: ReturnType<typeof suggestionRow>) => row?.components.map((b) => ('label' in b ? b.label : ''));

describe('suggestions as buttons', () => {
  it('given commands with their queries, then a button each, that answers the first page', () => {
    expect(runs(suggestionRow(commands('/search 白皮书', '/date March 18', '/ask What does part 1 say?')))).toEqual([
      { kind: 'run', command: 'search', query: '白皮书' },
      { kind: 'run', command: 'date', query: 'March 18' },
      { kind: 'run', command: 'ask', query: 'What does part 1 say?' },
    ]);
  });

  it('given a command with nothing to ask, one not paged, one too long for an id or holding half an emoji, then no button for them', () => {
    expect(suggestionRow(commands('/help', '/context chronicle:1', `/search ${'长'.repeat(120)}`, '/search \ud83d'))).toBeNull();
  });

  it('given more than five, or the same twice, then five buttons at most, each once', () => {
    const row = suggestionRow(commands('/date 3月18日', '/date 3月18日', ...[1, 2, 3, 4, 5, 6].map((d) => `/date 3月${d}日`)));
    expect(row?.components).toHaveLength(5);
    expect(new Set(row?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).size).toBe(5);
  });
});

describe('offers whose label is not their command', () => {
  it('given place names /country offers, then a /country button each, labelled with the command it runs', () => {
    const row = suggestionRow([offer('Germany', '/country Germany'), offer('/search 武汉', '/search 武汉')]);
    expect(labels(row)).toEqual(['/country Germany', '/search 武汉']);
  });

  it('given /date’s nearest days with their counts, then a /date button each running the day the answer gave', () => {
    const row = suggestionRow([offer('3月8日（2条）', '/date 3月8日'), offer('March 9 (3 entries)', '/date March 9')]);
    expect(runs(row)).toEqual([
      { kind: 'run', command: 'date', query: '3月8日' },
      { kind: 'run', command: 'date', query: 'March 9' },
    ]);
    expect(labels(row)).toEqual(['/date 3月8日（2条）', '/date March 9 (3 entries)']);
  });

  it('given an offer saying what its command does first, then a button running that command, labelled as offered', () => {
    const row = suggestionRow([offer('仍要查找原词：/search "口照"', '/search "口照"')]);
    expect(runs(row)).toEqual([{ kind: 'run', command: 'search', query: '"口照"' }]);
    expect(labels(row)).toEqual(['仍要查找原词：/search "口照"']);
  });

  it('given an answer with results and offers, then their row under the answer’s own', () => {
    expect(withSuggestionRow([], commands('/date 3月18日'))).toHaveLength(1);
    expect(withSuggestionRow([], [])).toEqual([]);
  });
});
