import { type APIEmbed, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../src/answer/commands.js';
import type { Engine } from '../../src/core/engine-api.js';
import { decodeCustomId } from '../../src/discord/custom-id.js';
import { escapeMarkdown } from '../../src/discord/escape-markdown.js';
import { PAGE_SIZE } from '../../src/discord/limits.js';
import { brokenLimits } from '../support/discord-limits.js';
import { realEngine } from '../support/engine.js';
import { type Harness, startHarness } from '../support/fake-discord/harness.js';
import { type InteractionResponse, interactions } from '../support/fake-discord/index.js';

// End to end: the real engine on the real corpus, the real discord.js Client, the stand-in
// Discord. Each test dispatches INTERACTION_CREATE and asserts on what the bot sent back.

let engine: Engine;
let h: Harness;

beforeAll(async () => {
  engine = await realEngine();
  h = await startHarness(engine);
}, 60_000);
afterAll(() => h?.close());

const run = (name: string, options: Record<string, string | number | boolean>) =>
  h.discord.dispatchInteraction(interactions.chatInput(name, options, h.discord.who(h.nextUser())));

const embedOf = (r: InteractionResponse): APIEmbed => ((r.data.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};
const isEphemeral = (r: InteractionResponse): boolean => (Number(r.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
type Row = { components: { custom_id: string; label: string }[] };
const rows = (r: InteractionResponse): Row[] => (r.data.components as Row[] | undefined) ?? [];
/** Field value without our markup: what remains must be the corpus's verbatim text. */
const plain = (markdown: string): string => markdown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');

describe('given the bot logged into the stand-in Discord', () => {
  it('then it is ready with the guild and the loaded commands', () => {
    expect(h.bot.client.guilds.cache.size).toBe(1);
    expect(h.logs.find((l) => l.msg === 'discord ready')).toMatchObject({ guilds: 1, passages: engine.stats().passages });
  });

  it('/ask: an embed of cited verbatim excerpts, terms in bold, no mentions, context buttons', async () => {
    const question = '谁和古特雷斯通了电话';
    const r = await run('ask', { question });
    const expected = engine.answer({ command: 'ask', query: question, page: 1, pageSize: PAGE_SIZE });
    expect(r.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE, answered directly (no defer)
    expect(isEphemeral(r)).toBe(false);
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    const embed = embedOf(r);
    expect(embed.title).toBe(`提问 · ${question}`);
    // Hits of one entry share one field, titled by the event (the entry's opening sentence).
    const fields = embed.fields ?? [];
    expect(fields).toHaveLength(new Set(expected.items.map((i) => i.eventId)).size);
    expect(fields[0]?.name).toContain(expected.items[0]?.event?.slice(0, 20));
    const shown = plain(fields.map((f) => f.value).join('\n'));
    const titles = fields.map((f) => f.name).join('\n');
    for (const item of expected.items) {
      expect(shown).toContain(item.text.slice(0, 12));
      // The citation, less the date or section its field's title already gives.
      const place = item.section ?? item.citation.split(' · ')[1] ?? '';
      expect(titles).toContain(place);
      expect(shown).toContain(plain(item.citation.replace(` · ${place} · `, ' · ')));
    }
    expect(fields[0]?.value).toMatch(/\*\*[^*]*古特雷斯[^*]*\*\*/); // why it matched, in bold
    expect(embed.footer?.text).toContain(`共 ${expected.total} 句`);
    const contextIds = rows(r)[0]?.components.map((b) => decodeCustomId(b.custom_id));
    expect(contextIds).toEqual(expected.items.map((item) => ({ kind: 'context', id: item.id })));
  });

  it('given private: true, then the answer is shown to its asker only; an unknown command points to /help', async () => {
    const answer = await run('ask', { question: '谁和古特雷斯通了电话', private: true });
    expect(answer.type).toBe(4);
    expect(isEphemeral(answer)).toBe(true);
    expect(embedOf(answer).fields?.length).toBeGreaterThan(0);
    expect(isEphemeral(await run('ask', { question: '谁和古特雷斯通了电话' }))).toBe(false);
    const unknown = await run('weather', { city: '北京' });
    expect(JSON.stringify(unknown.data)).toContain('/help');
  });

  it('/search: the exact phrase is bold in the top hit', async () => {
    const r = await run('search', { keywords: '方舱医院' });
    expect(embedOf(r).fields?.[0]?.value).toContain('**方舱医院**');
  });

  it('/date 3月18日: the whole day in one reply, every entry verbatim and cited, within every Discord limit', async () => {
    const r = await run('date', { date: '3月18日' });
    const day = engine.answer({ command: 'date', query: '3月18日', whole: true });
    expect(day.total).toBe(8);
    expect(brokenLimits(r.data)).toEqual([]);
    const embeds = (r.data.embeds as APIEmbed[] | undefined) ?? [];
    // Entries counted in 条, as citations count them; one page, so no page number.
    expect(embeds.at(-1)?.footer?.text).toBe('共 8 条');
    const fields = embeds.flatMap((e) => e.fields ?? []);
    const citations = fields.map((f) => plain(f.value.split('\n— ')[1] ?? '')).filter(Boolean);
    expect(citations).toHaveLength(8);
    citations.forEach((citation, i) => {
      expect(citation.startsWith(day.items[i]?.citation ?? '-')).toBe(true);
    });
    const shown = plain(fields.map((f) => f.value.split('\n— ')[0]).join(''));
    for (const item of day.items) expect(shown).toContain(item.text); // whole, not cut
    expect(shown).toContain('钟南山');
    const buttons = rows(r).flatMap((row) => row.components.map((b) => decodeCustomId(b.custom_id)));
    expect(buttons.filter((b) => b?.kind === 'page')).toEqual([]);
    // Each entry is shown whole: a Context button would show it again.
    expect(buttons.filter((b) => b?.kind === 'context')).toEqual([]);
  });

  it('/date 3月: whole days per page with the timeline image, and ▶ turns to the next whole days', async () => {
    const month = engine.answer({ command: 'date', query: '3月', whole: true });
    const countOf = (label: string) => month.groups?.find((g) => g.label === label)?.count ?? -1;
    const daysShown = (embeds: APIEmbed[]) => {
      const fields = embeds.flatMap((e) => e.fields ?? []).filter((f) => !f.name.includes('（续）'));
      const perDay = new Map<string, number>();
      for (const f of fields) {
        const label = f.name.replace(/^\d+\. /, '');
        perDay.set(label, (perDay.get(label) ?? 0) + 1);
      }
      return perDay;
    };
    const r = await run('date', { date: '3月' });
    expect(brokenLimits(r.data)).toEqual([]);
    const embeds = (r.data.embeds as APIEmbed[] | undefined) ?? [];
    expect(embeds[0]?.image?.url).toBe('attachment://timeline.png');
    expect(r.request.files.map((f) => f.name)).toEqual(['timeline.png']);
    const first = daysShown(embeds);
    expect(first.size).toBeGreaterThan(1);
    for (const [label, count] of first) expect(count).toBe(countOf(label));
    const next = rows(r)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('下一页'));
    const turned = await h.discord.dispatchInteraction(
      interactions.button(next?.custom_id ?? '', { embeds, components: rows(r) }, h.discord.who(h.nextUser())),
    );
    expect(turned.type).toBe(7); // the message is updated in place
    expect(brokenLimits(turned.data)).toEqual([]);
    const second = daysShown((turned.data.embeds as APIEmbed[] | undefined) ?? []);
    for (const [label, count] of second) {
      expect(first.has(label)).toBe(false);
      expect(count).toBe(countOf(label));
    }
    expect(turned.request.files.map((f) => f.name)).toEqual(['timeline.png']);
  });

  it('/country 意大利: passages naming the country', async () => {
    const r = await run('country', { name: '意大利' });
    expect(isEphemeral(r)).toBe(false);
    const values = embedOf(r).fields?.map((f) => plain(f.value)) ?? [];
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).toMatch(/意大利|意方|中意/);
    expect(embedOf(r).image?.url).toBe('attachment://timeline.png');
    expect(r.request.files[0]?.contentType).toBe('image/png');
  });

  it('/context id: the passage with its neighbours, without further context buttons', async () => {
    const hit = engine.answer({ command: 'search', query: '方舱医院', page: 1, pageSize: 1 }).items[0];
    const r = await run('context', { id: hit?.id ?? '' });
    // Titled by the sentence's place, which a reader knows, not by its id.
    expect(embedOf(r).title).toBe(`上下文 · ${escapeMarkdown(hit?.citation ?? '')}`);
    expect((embedOf(r).fields ?? []).map((f) => plain(f.value)).join('')).toContain(hit?.text.slice(0, 20));
    expect(
      rows(r)
        .flatMap((row) => row.components)
        .some((b) => b.custom_id.startsWith('cx:')),
    ).toBe(false);
  });

  it("/help: an ephemeral list of every command, with the core's help and examples", async () => {
    const r = await run('help', {});
    expect(isEphemeral(r)).toBe(true);
    for (const command of COMMANDS) {
      expect(embedOf(r).description).toContain(`/${command.name}`);
      expect(embedOf(r).description).toContain(command.help);
    }
  });

  it('/about: documents and passage counts from the engine', async () => {
    const r = await run('about', {});
    const stats = engine.stats();
    expect(embedOf(r).description).toContain(`${stats.sentences} 个句子`);
    expect(embedOf(r).fields?.map((f) => f.name)).toEqual([...stats.documents.map((d) => d.title), '索引']);
    // The build time as a Discord timestamp, shown in each reader's own zone.
    expect(embedOf(r).fields?.at(-1)?.value).toMatch(/^建于 <t:\d+:f>（<t:\d+:R>）$/);
  });

  it('/about document: that document under its title, with the question listing it as a button; a name of none, the whole corpus', async () => {
    const r = await run('about', { document: '白皮书' });
    const expected = engine.answer({ command: 'about', query: '白皮书' });
    expect(embedOf(r).title).toBe(expected.message?.split('\n')[0]);
    expect(embedOf(r).title).toMatch(/^《.+》$/);
    expect(embedOf(r).description).toMatch(/共\d+句，分\d+部分/);
    expect(rows(r)[0]?.components.map((b) => b.label)).toEqual(expected.suggestions);
    const none = await run('about', { document: '火星基地' });
    expect(embedOf(none).description).toMatch(/^没有名为“火星基地”的文档。以下是全部语料：\n语料共/);
  });

  it("an impossible date: ephemeral, with the engine's own message", async () => {
    const r = await run('date', { date: '2月30日' });
    const expected = engine.answer({ command: 'date', query: '2月30日' });
    expect(isEphemeral(r)).toBe(true);
    expect(r.data.content).toContain(expected.error?.message ?? expected.message ?? '-');
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a page of a search that finds nothing: the engine\'s "nothing found", not "no such page"', async () => {
    const expected = engine.answer({ command: 'search', query: '火星基地登月', page: 2, pageSize: PAGE_SIZE });
    expect(expected.total).toBe(0);
    const r = await run('search', { keywords: '火星基地登月', page: 2 });
    expect(isEphemeral(r)).toBe(true);
    expect(r.data.content).toContain(expected.message ?? '-');
    expect(r.data.content).not.toContain('没有第 2 页');
  });

  it('a day without entries: ephemeral, naming the nearest days that have some', async () => {
    const expected = engine.answer({ command: 'date', query: '3月1日' });
    expect(expected.suggestions.length).toBeGreaterThan(0);
    const r = await run('date', { date: '3月1日' });
    expect(isEphemeral(r)).toBe(true);
    for (const s of expected.suggestions) expect(r.data.content).toContain(s);
  });

  it('autocomplete /date: at most 25 choices, as the engine suggests them', async () => {
    const payload = interactions.autocomplete('date', { date: '3月1' }, 'date', h.discord.who(h.nextUser()));
    const r = await h.discord.dispatchInteraction(payload);
    expect(r.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    const choices = r.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices).toEqual(engine.suggestDates('3月1').slice(0, 25));
  });

  it('autocomplete for an English client: choices named in English', async () => {
    const payload = { ...interactions.autocomplete('country', { name: 'ita' }, 'name', h.discord.who(h.nextUser())), locale: 'en-US' };
    const r = await h.discord.dispatchInteraction(payload);
    const choices = r.data.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual(engine.suggestCountries('ita', 'en')[0]);
    expect(choices[0]?.name).toMatch(/^Italy · \d+ sentences$/);
  });

  it('the ▶ button turns the page in place, and its context button answers privately', async () => {
    const first = await run('search', { keywords: '医疗专家组' });
    const total = engine.answer({ command: 'search', query: '医疗专家组', page: 1, pageSize: PAGE_SIZE }).total;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    const next = rows(first)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('▶'));
    const message = { embeds: first.data.embeds as unknown[], components: first.data.components as unknown[] };
    const page2 = await h.discord.dispatchInteraction(interactions.button(next?.custom_id ?? '', message, h.discord.who(h.nextUser())));
    expect(page2.type).toBe(7); // UPDATE_MESSAGE
    expect(embedOf(page2).footer?.text).toContain('第 2/');
    expect(embedOf(page2).fields?.[0]?.name.startsWith(`${PAGE_SIZE + 1}. `)).toBe(true);
    const contextButton = rows(page2)[0]?.components[0];
    const context = await h.discord.dispatchInteraction(
      interactions.button(contextButton?.custom_id ?? '', message, h.discord.who(h.nextUser())),
    );
    expect(context.type).toBe(4);
    expect(isEphemeral(context)).toBe(true);
    expect(embedOf(context).title?.startsWith('上下文 · ')).toBe(true);
  });

  it('given a shared answer, then its asker turns its page for all, and another member sees that page privately', async () => {
    const asker = h.nextUser();
    const first = await run('search', { keywords: '医疗专家组' });
    const next = rows(first)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('▶'));
    const message = { embeds: first.data.embeds as unknown[], components: first.data.components as unknown[], askedBy: asker };
    const byAsker = await h.discord.dispatchInteraction(interactions.button(next?.custom_id ?? '', message, h.discord.who(asker)));
    expect(byAsker.type).toBe(7); // the shared message turns
    const byOther = await h.discord.dispatchInteraction(interactions.button(next?.custom_id ?? '', message, h.discord.who(h.nextUser())));
    expect(byOther.type).toBe(4); // a reply of its own, never the asker's message
    expect(isEphemeral(byOther)).toBe(true);
    expect(embedOf(byOther).footer?.text).toContain('第 2/');
    // That copy is theirs, in their client's language, as their Context clicks are.
    const english = { ...interactions.button(next?.custom_id ?? '', message, h.discord.who(h.nextUser())), locale: 'en-US' };
    expect(embedOf(await h.discord.dispatchInteraction(english)).footer?.text).toContain('page 2/');
  });

  it('given another member in English turning a page of a query only the title holds, then their copy can be paged too (in the message’s language)', async () => {
    const asker = h.nextUser();
    // Too long for a button's id, just short enough for a Chinese title ("搜索 · "), not an English one ("Search · ").
    const keywords = `${'*'.repeat(124)}口罩`;
    const first = await run('search', { keywords });
    const next = rows(first)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('▶'));
    expect(next?.custom_id.startsWith('pm:')).toBe(true);
    const message = { embeds: first.data.embeds as unknown[], components: first.data.components as unknown[], askedBy: asker };
    const english = { ...interactions.button(next?.custom_id ?? '', message, h.discord.who(h.nextUser())), locale: 'en-US' };
    const copy = await h.discord.dispatchInteraction(english);
    expect(isEphemeral(copy)).toBe(true);
    expect(
      rows(copy)
        .flatMap((row) => row.components)
        .some((b) => b.label.includes('▶') || b.label.includes('◀')),
    ).toBe(true);
  });

  it('given a reader turning many pages, then clicks are limited more loosely than commands', async () => {
    const reader = h.nextUser();
    const first = await run('search', { keywords: '医疗专家组' });
    const message = { embeds: first.data.embeds as unknown[], components: first.data.components as unknown[], askedBy: reader };
    const next = rows(first)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('▶'));
    // Twenty clicks in a moment, over the five commands a user may run in ten seconds; the 21st is refused.
    for (let click = 1; click <= 21; click++) {
      const turned = await h.discord.dispatchInteraction(interactions.button(next?.custom_id ?? '', message, h.discord.who(reader)));
      if (click <= 20) expect(JSON.stringify(turned.data), `click ${click}`).not.toContain('频繁');
      else expect(JSON.stringify(turned.data)).toContain('频繁');
    }
  });

  it('given a question too long to ride in a button id, then ▶ still turns the page, the question read back from the title', async () => {
    const question =
      'Which countries and international organisations did China send medical supplies, expert teams or other aid to in March?';
    const first = await run('ask', { question });
    const next = rows(first)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('▶'));
    expect(next?.custom_id).toBe('pm:ask:2');
    expect(embedOf(first).footer?.text).not.toContain('页码选项');
    const message = { embeds: first.data.embeds as unknown[], components: first.data.components as unknown[] };
    const page2 = await h.discord.dispatchInteraction(interactions.button('pm:ask:2', message, h.discord.who(h.nextUser())));
    expect(page2.type).toBe(7);
    expect(embedOf(page2).title).toBe(embedOf(first).title);
    expect(embedOf(page2).footer?.text).toContain('第 2/');
    const expected = engine.answer({ command: 'ask', query: question, page: 2, pageSize: PAGE_SIZE }).items[0]?.text ?? '';
    expect(JSON.stringify(embedOf(page2).fields).replaceAll('**', '')).toContain(expected.slice(0, 8));
    // The same id on a message whose title is not an answer's: refused politely.
    const forged = await h.discord.dispatchInteraction(
      interactions.button('pm:ask:2', { embeds: [{ title: 'x' }] }, h.discord.who(h.nextUser())),
    );
    expect(JSON.stringify(forged.data)).toContain('按钮已失效');
  });

  it.each([
    ['pg:search:999:医疗专家组', '没有第 999 页'],
    ['pg:help:2:x', '按钮已失效'],
    ['cx:nope:123', '找不到编号'],
    ['hello', '按钮已失效'],
  ])('a forged or stale button %j gets a polite ephemeral reply', async (customId, text) => {
    const r = await h.discord.dispatchInteraction(interactions.button(customId, {}, h.discord.who(h.nextUser())));
    expect(r.type).toBe(4);
    expect(isEphemeral(r)).toBe(true);
    expect(r.data.content).toContain(text);
  });

  it('a page past the end says how many pages there are, with a button to the last one, which posts it as the command would have', async () => {
    const r = await h.discord.dispatchInteraction(interactions.button('pg:search:999:医疗专家组', {}, h.discord.who(h.nextUser())));
    expect(r.data.content).toContain('没有第 999 页');
    const [last] = rows(r).flatMap((row) => row.components);
    const pages = Number(/共 (\d+) 页/u.exec(String(r.data.content))?.[1]);
    expect(decodeCustomId(last?.custom_id ?? '')).toEqual({ kind: 'run', command: 'search', page: pages, query: '医疗专家组' });
    const shown = await h.discord.dispatchInteraction(
      interactions.button(last?.custom_id ?? '', { components: rows(r) }, h.discord.who(h.nextUser())),
    );
    expect(embedOf(shown).footer?.text).toContain(`第 ${pages}/${pages} 页`);
    // A reply of its own in the channel: turned in place, the notice (shown to its asker only) became an answer nobody else saw.
    expect(shown.type).toBe(4);
    expect(isEphemeral(shown)).toBe(false);
  });

  it('a stale page button on a private answer offers a last page that stays private', async () => {
    const asker = h.nextUser();
    const told = await h.discord.dispatchInteraction(
      interactions.button('pg:search:999:医疗专家组', { askedBy: asker, ephemeral: true }, h.discord.who(asker)),
    );
    const [last] = rows(told).flatMap((row) => row.components);
    expect(decodeCustomId(last?.custom_id ?? '')).toMatchObject({ kind: 'run', privately: true });
  });

  it('a page past the end of a private: true command offers a last page that stays private', async () => {
    const r = await run('search', { keywords: '医疗专家组', page: 999, private: true });
    const [last] = rows(r).flatMap((row) => row.components);
    expect(decodeCustomId(last?.custom_id ?? '')).toMatchObject({ kind: 'run', privately: true });
    const shown = await h.discord.dispatchInteraction(
      interactions.button(last?.custom_id ?? '', { components: rows(r) }, h.discord.who(h.nextUser())),
    );
    expect(isEphemeral(shown)).toBe(true);
  });

  it('an error whose suggestions are commands offers each as a button, which answers it', async () => {
    const r = await run('date', { date: '3月18日 3月19日' });
    expect(isEphemeral(r)).toBe(true);
    const offered = rows(r).flatMap((row) => row.components);
    expect(offered.map((b) => b.label)).toEqual(['/date 3月18日', '/date 3月19日', '/date 3月18日至19日']);
    const asker = h.nextUser();
    const clicked = await h.discord.dispatchInteraction(
      interactions.button(offered[0]?.custom_id ?? '', { components: rows(r), askedBy: asker }, h.discord.who(asker)),
    );
    // As if typed: a reply of its own in the channel (the notice and its other offers stay).
    expect(clicked.type).toBe(4);
    expect(isEphemeral(clicked)).toBe(false);
    const day = engine.answer({ command: 'date', query: '3月18日', whole: true });
    expect(JSON.stringify(clicked.data.embeds)).toContain(day.items[0]?.text.slice(0, 12) ?? '-');
  });

  it('another member turning a /date month shown in another language gets the same days as its asker would', async () => {
    const asker = h.nextUser();
    const first = await h.discord.dispatchInteraction({
      ...interactions.chatInput('date', { date: '3月' }, h.discord.who(asker)),
      locale: 'en-US',
    });
    const next = rows(first)
      .flatMap((row) => row.components)
      .find((b) => b.label.includes('▶'));
    const message = { embeds: first.data.embeds as unknown[], components: first.data.components as unknown[], askedBy: asker };
    const byAsker = await h.discord.dispatchInteraction({
      ...interactions.button(next?.custom_id ?? '', message, h.discord.who(asker)),
      locale: 'en-US',
    });
    const byOther = await h.discord.dispatchInteraction(interactions.button(next?.custom_id ?? '', message, h.discord.who(h.nextUser())));
    // Compared by the first entry's excerpt (the documents' text, the same in both languages), not its label.
    const firstEntry = (r: InteractionResponse) => embedOf(r).fields?.[0]?.value.split('\n')[0];
    expect(firstEntry(byOther)).toBeTruthy();
    expect(firstEntry(byOther)).toBe(firstEntry(byAsker));
  });

  it('a zh-TW client reads what the bot says in Traditional characters, the excerpts as the documents write them', async () => {
    const query = { ...interactions.chatInput('search', { keywords: '医疗专家组' }, h.discord.who(h.nextUser())), locale: 'zh-TW' };
    const r = await h.discord.dispatchInteraction(query);
    const simplified = await run('search', { keywords: '医疗专家组' });
    expect(embedOf(r).footer?.text).toContain('頁');
    expect(embedOf(simplified).footer?.text).toContain('页');
    // Fields (excerpts and citations) and the title (a page button reads the query from it) as written.
    expect(embedOf(r).fields).toEqual(embedOf(simplified).fields);
    expect(embedOf(r).title).toBe(embedOf(simplified).title);
    expect(rows(r).flatMap((row) => row.components.map((b) => b.label))).toContain('下一頁 ▶');
    const notice = await h.discord.dispatchInteraction({
      ...interactions.chatInput('date', { date: '2月30日' }, h.discord.who(h.nextUser())),
      locale: 'zh-TW',
    });
    expect(notice.data.content).toContain('2月只有29天');
    expect(notice.data.content).toContain('沒有');
  });

  it('user text is escaped when echoed, and nothing can ping', async () => {
    // Mentions are dropped from the query (they are not words); markdown is shown as typed.
    const r = await run('search', { keywords: '**意大利** @everyone <@123>' });
    expect(embedOf(r).title).toBe('搜索 · \\*\\*意大利\\*\\*');
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a private command’s suggestions answer privately; a suggestion’s click counts as a command against the rate limit', async () => {
    const asker = h.nextUser();
    const r = await h.discord.dispatchInteraction(
      interactions.chatInput('date', { date: '3月18日 3月19日', private: true }, h.discord.who(asker)),
    );
    const [offer] = rows(r).flatMap((row) => row.components);
    expect(offer?.custom_id.startsWith('gp:')).toBe(true);
    const clicks: InteractionResponse[] = [];
    for (let n = 0; n < 6; n++)
      clicks.push(
        await h.discord.dispatchInteraction(
          interactions.button(offer?.custom_id ?? '', { components: rows(r), askedBy: asker }, h.discord.who(asker)),
        ),
      );
    expect(isEphemeral(clicks[0] as InteractionResponse)).toBe(true);
    expect(clicks[0]?.data.embeds).toBeTruthy();
    // The command itself was one of five a user may run in ten seconds: the fifth click is refused.
    expect(clicks.slice(4).some((c) => String(c.data.content ?? '').includes('请稍等'))).toBe(true);
  });

  it('a private suggestion’s answer is private in every part: its own offers answer privately too', async () => {
    const who = h.discord.who(h.nextUser());
    // Two days at once: /date's notice offers each day, run as if typed (go:, or gp: when private).
    const clicked = await h.discord.dispatchInteraction(interactions.button('gp:date:3月18日 3月19日', {}, who));
    expect(isEphemeral(clicked)).toBe(true);
    const offers = rows(clicked)
      .flatMap((row) => row.components)
      .map((b) => decodeCustomId(b.custom_id))
      .filter((a) => a?.kind === 'run');
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((a) => a?.kind === 'run' && a.privately === true)).toBe(true);
  });

  it('a last-page click (a command run at a page) counts as a command against the rate limit too', async () => {
    const who = h.discord.who(h.nextUser());
    const clicks: InteractionResponse[] = [];
    for (let n = 0; n < 6; n++) clicks.push(await h.discord.dispatchInteraction(interactions.button('gn:search:2:医疗专家组', {}, who)));
    expect(clicks.slice(5).some((c) => String(c.data.content ?? '').includes('请稍等'))).toBe(true);
  });

  it('a sixth command within 10 s from one user gets a friendly ephemeral refusal', async () => {
    const who = h.discord.who(h.nextUser());
    const replies: InteractionResponse[] = [];
    for (let i = 0; i < 6; i++) replies.push(await h.discord.dispatchInteraction(interactions.chatInput('help', {}, who)));
    expect(replies.slice(0, 5).every((r) => r.data.embeds)).toBe(true);
    expect(replies[5]?.data.content).toContain('请稍等');
    expect(isEphemeral(replies[5] as InteractionResponse)).toBe(true);
  });

  it('every interaction is one log line with command, options, user, latency, hits, outcome', async () => {
    const user = h.nextUser();
    await h.discord.dispatchInteraction(interactions.chatInput('search', { keywords: '方舱医院' }, h.discord.who(user)));
    // The line is written once the callback is acknowledged, just after the stand-in sees it.
    const lines = await vi.waitFor(() => {
      const found = h.logs.filter((l) => l.msg === 'interaction' && l.userId === user);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(lines[0]).toMatchObject({ command: 'search', options: { keywords: '方舱医院' }, outcome: 'ok' });
    expect(lines[0]?.hits).toBeGreaterThan(0);
    expect(typeof lines[0]?.latencyMs).toBe('number');
  });

  it('the token never appears in any log line', () => {
    expect(h.logs.length).toBeGreaterThan(10);
    expect(JSON.stringify(h.logs)).not.toContain(h.discord.token.split('.')[2]);
  });
});
