import { type APIEmbed, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerItem } from '../../src/core/types.js';
import { citationLine, queryFromTitle } from '../../src/discord/answer-frame.js';
import { decodeCustomId } from '../../src/discord/custom-id.js';
import { LIMITS } from '../../src/discord/limits.js';
import { renderAnswer } from '../../src/discord/render-answer.js';

// Crafted answers at the extremes the real corpus does not reach (the e2e tests cover real ones).
function item(n: number, text: string, highlights: AnswerItem['highlights'] = []): AnswerItem {
  return {
    id: `chronicle:p${n}`,
    doc: 'chronicle',
    title: '纪实',
    citation: `纪实 · 2020-03-18 · 第${n}条`,
    date: '2020-03-18',
    section: null,
    text,
    score: 1,
    highlights,
    group: null,
    places: ['a'],
  };
}
function answer(over: Partial<Answer>): Answer {
  return { command: 'search', query: '意大利', total: 1, page: 1, pageSize: 5, items: [], message: null, suggestions: [], ...over };
}
function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

describe("the query in a reply's title", () => {
  it.each(["What is *the* WHO's (World Health Org.) view?", 'a\\b `code` _x_ ~y~ |z| [l](u) <@1> #h > q', '谁和古特雷斯通了电话'])(
    'given %j, then the title gives it back exactly',
    (query) => {
      const { reply } = renderAnswer(answer({ command: 'ask', query, items: [item(1, '文')], total: 30, pageSize: 5 }));
      expect(queryFromTitle('ask', reply.embeds?.[0]?.title)).toBe(query);
    },
  );

  it('given a title of another command or none, then no query', () => {
    expect(queryFromTitle('ask', '搜索 · 意大利')).toBeNull();
    expect(queryFromTitle('ask', undefined)).toBeNull();
  });
});

describe('citation lines', () => {
  it('given a repeat whose citation already names its other places, then they are not counted again', () => {
    const repeated = { ...item(1, '文'), citation: '纪实 · 3月11日 · 第12条（重复出现：3月11日 · 第13条）', places: ['a', 'b'] };
    expect(citationLine(repeated)).toBe(`— ${repeated.citation.replace(/:/g, '\\:')}`);
    expect(citationLine({ ...item(2, '文'), places: ['a', 'b', 'c'] })).toMatch(/（共出现 3 处）$/);
  });
});

describe('renderAnswer', () => {
  it("given hits whose section names and citations are very long (a user's own documents), then the message still fits and every excerpt shows", () => {
    for (const command of ['country', 'context']) {
      const items = Array.from({ length: 25 }, (_, n) => ({
        ...item(n, '意大利'.repeat(100)),
        group: '长标题'.repeat(100),
        citation: '出处'.repeat(200),
      }));
      const { reply } = renderAnswer(answer({ command, items, total: 25, pageSize: 25 }));
      const [embed] = reply.embeds ?? [];
      expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
      for (const field of embed!.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
        expect(field.value).toMatch(/^意大利/);
      }
    }
  });

  it('given a hit, then the matched term is bold and the citation sits under the excerpt', () => {
    const { reply, outcome } = renderAnswer(answer({ items: [item(1, '中方向意大利派出专家', [[3, 6]])] }));
    expect(outcome).toBe('ok');
    expect(reply.ephemeral).toBe(false);
    expect(reply.embeds?.[0]?.fields?.[0]?.value).toBe('中方向**意大利**派出专家\n— 纪实 · 2020-03-18 · 第1条');
  });

  it('given five very long hits, then every Discord limit holds and matches far in stay visible', () => {
    const long = `${'疫'.repeat(2500)}意大利${'情*'.repeat(1000)}`;
    const items = [1, 2, 3, 4, 5].map((n) => item(n, long, [[2500, 2503]]));
    const { reply } = renderAnswer(answer({ items, total: 40 }));
    const embed = reply.embeds?.[0];
    expect(embed).toBeDefined();
    expect(embedLength(embed as APIEmbed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const field of embed?.fields ?? []) {
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
      expect(field.value).toContain('**意大利**');
    }
  });

  it('given user text with markdown, then it is echoed escaped in the title', () => {
    const { reply } = renderAnswer(answer({ query: '**@everyone**', items: [item(1, '文本')] }));
    expect(reply.embeds?.[0]?.title).toBe('搜索 · \\*\\*\\@everyone\\*\\*');
  });

  it('given page 2 of 3, then ◀ and ▶ lead to pages 1 and 3 and each hit has a context button', () => {
    const items = [1, 2, 3, 4, 5].map((n) => item(n, '文本'));
    const { reply } = renderAnswer(answer({ items, total: 12, page: 2 }));
    const [contextRow, pageRow] = reply.components ?? [];
    const ids = (row: typeof contextRow): unknown[] =>
      (row?.components ?? []).map((b) => ('custom_id' in b ? decodeCustomId(b.custom_id) : null));
    expect(ids(contextRow)).toEqual([1, 2, 3, 4, 5].map((n) => ({ kind: 'context', id: `chronicle:p${n}` })));
    expect(ids(pageRow)).toEqual([
      { kind: 'page', command: 'search', page: 1, query: '意大利' },
      { kind: 'page', command: 'search', page: 3, query: '意大利' },
    ]);
    expect(pageRow?.type).toBe(ComponentType.ActionRow);
    expect(reply.embeds?.[0]?.footer?.text).toBe('共 12 句 · 第 2/3 页');
  });

  it.each([
    [1, ['off', 'off', 2, 12]],
    [2, ['off', 1, 3, 12]],
    [7, [1, 6, 8, 12]],
    [11, [1, 10, 12, 'off']],
    [12, [1, 11, 'off', 'off']],
  ] as const)('given page %i of 12, then ⏮ ◀ ▶ ⏭ in fixed places, those leading nowhere greyed out', (page, targets) => {
    const items = [1, 2, 3, 4, 5].map((n) => item(n, '文本'));
    const { reply } = renderAnswer(answer({ items, total: 60, page }));
    const row = reply.components?.[1]?.components ?? [];
    const shown = row.map((b) => {
      if ('disabled' in b && b.disabled) return 'off';
      const action = 'custom_id' in b ? decodeCustomId(b.custom_id) : null;
      return action?.kind === 'page' ? action.page : null;
    });
    expect(shown).toEqual([...targets]);
    const ids = row.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect(row.map((b) => ('label' in b ? b.label : ''))).toEqual(['⏮ 第一页', '◀ 上一页', '下一页 ▶', '最后一页 ⏭']);
  });

  it('given page 1 of 2, then ◀ greyed out where it stands on page 2, and no ⏮ ⏭', () => {
    const items = [1, 2, 3, 4, 5].map((n) => item(n, '文本'));
    const row = renderAnswer(answer({ items, total: 10, page: 1 })).reply.components?.[1]?.components ?? [];
    expect(row.map((b) => ('label' in b ? b.label : ''))).toEqual(['◀ 上一页', '下一页 ▶']);
    expect(row.map((b) => 'disabled' in b && b.disabled === true)).toEqual([true, false]);
  });

  it('given more matching sentences than are listed, then the footer counts them and says how many are listed', () => {
    const items = [1, 2, 3, 4, 5].map((n) => item(n, '文本'));
    const { reply } = renderAnswer(answer({ items, total: 150, matched: 344 }));
    expect(reply.embeds?.[0]?.footer?.text).toBe('共 344 句 · 列出最相关的 150 句 · 第 1/30 页');
    const en = renderAnswer(answer({ items, total: 150, matched: 344 }), 'en');
    expect(en.reply.embeds?.[0]?.footer?.text).toBe('344 sentences · the best 150 listed · page 1/30');
  });

  it('given a query too long for a custom id, then page buttons that read it back from the title', () => {
    const { reply } = renderAnswer(answer({ query: '长'.repeat(150), items: [item(1, '文本')], total: 9 }));
    const ids = (reply.components ?? []).flatMap((row) => row.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(ids).toContain('pm:search:2');
    expect(reply.embeds?.[0]?.footer?.text).not.toContain('页码选项');
  });

  it('given a query the title cannot hold whole either, then no page buttons and the footer says how to page', () => {
    const { reply } = renderAnswer(answer({ query: '*'.repeat(150), items: [item(1, '文本')], total: 9 }));
    expect(reply.components).toHaveLength(1); // context buttons only
    expect(reply.embeds?.[0]?.footer?.text).toContain('页码选项');
  });

  it('given an error, then the reply is ephemeral with the message and the suggestions', () => {
    const { reply, outcome } = renderAnswer(answer({ error: { code: 'invalid-date', message: '日期无效' }, suggestions: ['3月18日'] }));
    expect(outcome).toBe('error');
    expect(reply).toEqual({ content: '⚠️ 日期无效\n可以试试：3月18日', ephemeral: true });
  });
});
