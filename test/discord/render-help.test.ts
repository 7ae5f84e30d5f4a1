import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/answer/commands.js';
import type { CommandModule } from '../../src/discord/command.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import { renderHelp } from '../../src/discord/render-help.js';
import { SERVER_DOCUMENTS } from '../support/server-documents.js';
import { engineOver } from '../support/temp-corpus.js';

// /help says what the core says about each command, spelt the way Discord types it.

let commands: Map<string, CommandModule>;
beforeAll(async () => {
  const loaded = await loadCommands();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  commands = loaded.commands;
});

const helpLines = (modules: ReadonlyMap<string, CommandModule>): string[] =>
  (renderHelp(modules).reply.embeds?.[0]?.description ?? '').split('\n');

/** `/ask 问题:` from the registered definition, as a client in `locale` sees the option named (`question:` in English). */
function discordUsage(name: string, locale = 'zh-CN'): string {
  const options = commands.get(name)?.data.toJSON().options ?? [];
  const required = options.find((o) => 'required' in o && o.required);
  const optionName = required?.name_localizations?.[locale as keyof typeof required.name_localizations] ?? required?.name;
  return required ? `/${name} ${optionName}:` : `/${name}`;
}

describe('renderHelp', () => {
  it("given the loaded commands, then one line each in the core's order, with its help and its example in Discord's syntax", () => {
    const lines = helpLines(commands);
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([...commands.keys()].sort());
    COMMANDS.forEach((command, i) => {
      const usage = discordUsage(command.name);
      expect(lines[i]?.startsWith(`\`${usage}\``)).toBe(true);
      expect(lines[i]).toContain(command.help);
      const value = command.example.slice(`/${command.name}`.length).trim();
      if (value) expect(lines[i]).toContain(`\`${usage}${value}\``);
    });
  });

  it('given a Chinese client, then options are named as it sees them (问题:, 問題: in Traditional), not by their API names', () => {
    const zh = helpLines(commands).join('\n');
    expect(zh).toContain('`/ask 问题:');
    expect(zh).not.toContain('question:');
    const tw = renderHelp(commands, 'zh', {}, 'zh-TW').reply.embeds?.[0]?.description ?? '';
    expect(tw).toContain(`\`${discordUsage('search', 'zh-TW')}`);
    expect(discordUsage('search', 'zh-TW')).toBe('/search 關鍵詞:');
    const en = renderHelp(commands, 'en').reply.embeds?.[0]?.description ?? '';
    expect(en).toContain('`/ask question:');
  });

  it('given examples that work on the documents served, then those are shown instead of the bundled ones', () => {
    const description = renderHelp(commands, 'zh', { context: { zh: '/context chronicle:abc', en: '/context chronicle:abc' } }).reply
      .embeds?.[0]?.description;
    expect(description).toContain(`\`${discordUsage('context')}chronicle:abc\``);
  });

  it('given /context, whose ids Discord never shows, then its line points to the Context button', () => {
    expect(helpLines(commands).find((l) => l.startsWith(`\`${discordUsage('context')}`))).toContain('“上下文”按钮');
    const en = renderHelp(commands, 'en').reply.embeds?.[0]?.description ?? '';
    expect(en).toContain('or press the Context button under a result');
  });

  it('then the commands that suggest as you type, and only they, are named as such', () => {
    const sentence = helpLines(commands).find((l) => l.includes('输入时会给出建议')) ?? '';
    const suggesting = [...commands.values()].filter((c) => c.autocomplete).map((c) => c.data.name);
    expect(suggesting.length).toBeGreaterThan(0);
    for (const name of commands.keys()) expect(sentence.includes(`/${name}`)).toBe(suggesting.includes(name));
  });

  it('given a command the core does not list, then it comes last with its own description', () => {
    const extra = { data: { name: 'extra', toJSON: () => ({ name: 'extra', description: '额外的命令' }) }, execute: () => null };
    const lines = helpLines(new Map([['extra', extra as unknown as CommandModule], ...commands]));
    expect(lines[commands.size]).toBe('`/extra` — 额外的命令');
  });
});

describe('renderHelp over documents without dated entries or countries', () => {
  it('given their examples, then /date and /country say they have nothing to list and show no example, and no chronicle is named', async () => {
    const engine = await engineOver('render-help', SERVER_DOCUMENTS);
    const lines = (renderHelp(commands, 'zh', engine.examples()).reply.embeds?.[0]?.description ?? '').split('\n');
    expect(lines.find((l) => l.startsWith('`/date '))).toBe(
      `\`${discordUsage('date')}\` — 列出某一天的全部带日期条目（已载入的文档都没有带日期的条目）`,
    );
    expect(lines.find((l) => l.startsWith('`/country '))).toBe(
      `\`${discordUsage('country')}\` — 列出提到某个国家或地区的全部句子（已载入的文档没有提到国家或地区）`,
    );
    expect(lines.join('\n')).not.toMatch(/纪实|3月18日|意大利/);
  });
});
