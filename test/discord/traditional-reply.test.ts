import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/discord/load-commands.js';
import { renderHelp } from '../../src/discord/render-help.js';
import type { CommandResult } from '../../src/discord/reply.js';
import { choicesInClientScript, inClientScript } from '../../src/discord/traditional-reply.js';

const result: CommandResult = {
  reply: {
    content:
      '没有第 9 页：这个结果共 2 页。没有找到与“白皮书”相关的句子；编号写全：工作总结:158aecea8a。可以试试：/search 白皮书；/date 3月18日',
    embeds: [
      {
        title: '搜索 · 国家',
        description: '注：这些句子来自纪实',
        footer: { text: '共 3 句 · 第 1/2 页' },
        fields: [{ name: '1. 国家', value: '医疗专家组抵达意大利。' }],
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, custom_id: 'pg:search:2:国家', label: '下一页 ▶', style: ButtonStyle.Primary }],
      },
    ],
    ephemeral: false,
  },
  hits: 1,
  outcome: 'ok',
};

describe('replies for a client reading Traditional Chinese', () => {
  it('given zh-TW, then what the bot says in Traditional; the excerpts, citations, title and ids as they were', async () => {
    const { reply } = await inClientScript(result, 'zh-TW');
    // Quotes, sentence ids and commands to type are the documents' words: as written.
    expect(reply.content).toBe(
      '沒有第 9 頁：這個結果共 2 頁。沒有找到與“白皮书”相關的句子；編號寫全：工作总结:158aecea8a。可以試試：/search 白皮书；/date 3月18日',
    );
    // A message above the results names documents, parts and headings: as written.
    expect(reply.embeds?.[0]?.description).toBe('注：这些句子来自纪实');
    expect(reply.embeds?.[0]?.footer?.text).toBe('共 3 句 · 第 1/2 頁');
    expect(reply.embeds?.[0]?.fields).toEqual(result.reply.embeds?.[0]?.fields);
    expect(reply.embeds?.[0]?.title).toBe('搜索 · 国家');
    const button = reply.components?.[0]?.components[0];
    expect(button && 'label' in button ? button.label : '').toBe('下一頁 ▶');
    expect(button && 'custom_id' in button ? button.custom_id : '').toBe('pg:search:2:国家');
  });

  it('given zh-CN, English or no locale, then the reply unchanged', async () => {
    for (const locale of ['zh-CN', 'en-US', null]) expect(await inClientScript(result, locale)).toBe(result);
  });
});

describe('what Traditional clients read beyond notices', () => {
  it('given a command to type inside a sentence, then the words after it are converted too', async () => {
    const notice: CommandResult = {
      ...result,
      reply: { content: '2019年3月18日没有条目（请用 /date 3月18日）。《白皮书》的副本丢失了全部数字。', ephemeral: true },
    };
    const { reply } = await inClientScript(notice, 'zh-TW');
    expect(reply.content).toBe('2019年3月18日沒有條目（請用 /date 3月18日）。《白皮书》的副本丟失了全部數字。');
  });

  it('given /help or /about (the bot’s own words), then title, description and field values are converted, field names (document titles) not', async () => {
    const about: CommandResult = {
      ...result,
      reply: {
        embeds: [{ title: '关于本机器人', description: '语料共 2 篇文档', fields: [{ name: '纪实', value: '纪实 · 165 句' }] }],
        ephemeral: false,
        ownWords: true,
      },
    };
    const embed = (await inClientScript(about, 'zh-TW')).reply.embeds?.[0];
    expect(embed?.title).toBe('關於本機器人');
    expect(embed?.description).toBe('語料共 2 篇文檔');
    expect(embed?.fields).toEqual([{ name: '纪实', value: '紀實 · 165 句' }]);
  });

  it('given suggestions as one types, then their names are converted and their values (what runs) kept', async () => {
    const choices = await choicesInClientScript([{ name: '德国 Germany · 11句', value: '德国' }], 'zh-TW');
    expect(choices).toEqual([{ name: '德國 Germany · 11句', value: '德国' }]);
    expect(await choicesInClientScript([{ name: '德国', value: '德国' }], 'zh-CN')).toEqual([{ name: '德国', value: '德国' }]);
  });
});

describe('/help for a Traditional client', () => {
  it('given zh-TW, then each line converted past its `/command 選項:`, and the options named as the client sees them', async () => {
    const loaded = await loadCommands();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const help = (await inClientScript(renderHelp(loaded.commands, 'zh', {}, 'zh-TW'), 'zh-TW')).reply.embeds?.[0]?.description ?? '';
    expect(help).toContain('`/ask 問題:` — 用一句話提問');
    expect(help).toContain('`頁碼`');
    expect(help).toContain('`僅自己可見`');
    expect(help).not.toMatch(/输入时会给出建议|用一句话提问/u);
  });
});
