import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commandHelp } from '../answer/command-help.js';
import { COMMANDS } from '../answer/commands.js';
import { type Locale, say } from '../answer/locale.js';
import type { ShownExample } from '../core/engine-api.js';
import type { CommandModule } from './command.js';
import { LIMITS } from './limits.js';
import type { CommandResult } from './reply.js';
import { truncate } from './truncate.js';

// /help, built from the core's command list and the loaded commands, so it cannot drift: the core
// says what each command does and gives an example; the loaded module says how Discord spells it
// (`/ask question:`) and whether it suggests as you type.

const HELP_COLOR = 0x3498db;

/**
 * `/name option:` for each required option, as the command is typed in Discord: a Chinese client
 * sees the options' Chinese names (/ask 问题:), which Chinese help named `question:`.
 */
function discordUsage(json: RESTPostAPIChatInputApplicationCommandsJSONBody, clientLocale: string): string {
  const required = (json.options ?? []).filter((o) => 'required' in o && o.required).map((o) => ` ${shownName(o, clientLocale)}:`);
  return `/${json.name}${required.join('')}`;
}

type OptionJson = NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']>[number];

/** An option's name as a client in `clientLocale` sees it (问题, 問題, question). */
function shownName(option: OptionJson, clientLocale: string): string {
  return option.name_localizations?.[clientLocale as keyof typeof option.name_localizations] ?? option.name;
}

/** One line per command: the core's help and its example, in Discord's syntax. */
function helpLine(command: CommandModule, locale: Locale, examples: Examples, clientLocale: string): string {
  const json = command.data.toJSON();
  const usage = discordUsage(json, clientLocale);
  const core = COMMANDS.find((c) => c.name === json.name);
  if (!core) return `\`${usage}\` — ${json.description_localizations?.[locale === 'en' ? 'en-US' : 'zh-CN'] ?? json.description}`;
  const { help, example } = commandHelp(core, examples[core.name], locale);
  // The core's example is `/ask 谁和…`; what follows the name is the option's value.
  const value = example?.slice(`/${core.name}`.length).trim() ?? '';
  // A sentence id is shown only in the console and JSON: in Discord, the way in is the Context button.
  const button = core.name === 'context' ? say(locale, '；或点结果下方的“上下文”按钮', '; or press the Context button under a result') : '';
  if (locale === 'en') return `\`${usage}\` — ${help}${value ? ` (e.g. \`${usage}${value}\`${button})` : ''}`;
  return `\`${usage}\` — ${help}${value ? `（例：\`${usage}${value}\`${button}）` : ''}`;
}

/** The page and private options as the client sees them named (页码, 頁碼, page), read from /ask's definition. */
function pageAndPrivateNames(commands: ReadonlyMap<string, CommandModule>, clientLocale: string): { page: string; private: string } {
  const options = commands.get('ask')?.data.toJSON().options ?? [];
  const named = (name: string) => {
    const option = options.find((o) => o.name === name);
    return `\`${option ? shownName(option, clientLocale) : name}\``;
  };
  return { page: named('page'), private: named('private') };
}

/** The core's order; a command it does not list comes last. */
function rank(command: CommandModule): number {
  const at = COMMANDS.findIndex((c) => c.name === command.data.name);
  return at < 0 ? COMMANDS.length : at;
}

/** Examples that work on the documents served (corpus-examples.ts), by command; the core's bundled ones otherwise. */
type Examples = Record<string, ShownExample | undefined>;

/** `clientLocale`: the client's own (zh-CN, zh-TW, en-US…), whose option names the lines use; the default is `locale`'s. */
export function renderHelp(
  commands: ReadonlyMap<string, CommandModule>,
  locale: Locale = 'zh',
  examples: Examples = {},
  clientLocale: string = locale === 'en' ? 'en-US' : 'zh-CN',
): CommandResult {
  const listed = [...commands.values()].sort((a, b) => rank(a) - rank(b));
  const optionNames = pageAndPrivateNames(commands, clientLocale);
  const suggesting = listed.filter((c) => c.autocomplete).map((c) => `\`/${c.data.name}\``);
  const reading =
    locale === 'en'
      ? [
          'Every answer is a verbatim sentence of the documents, matched words in **bold**, its source under it. Questions may be in Chinese or English.',
          `Turn pages with ◀ ▶; the Context button shows what stands around a sentence.${suggesting.length > 0 ? ` ${suggesting.join(', ')} suggest as you type.` : ''}`,
          'Options: `page` opens a page directly, `private` shows the answer to you only.',
        ]
      : [
          '每条答案都是语料原文，匹配的词以**粗体**标出，下方注明出处。',
          `用 ◀ ▶ 翻页，用“上下文”按钮查看前后文。${suggesting.length > 0 ? `${suggesting.join('、')} 输入时会给出建议。` : ''}`,
          `可选项：${optionNames.page}直接打开某一页，${optionNames.private}让答案只显示给你。`,
        ];
  const embed: APIEmbed = {
    title: locale === 'en' ? 'How to use this bot' : '使用说明',
    color: HELP_COLOR,
    description: truncate(
      [...listed.map((command) => helpLine(command, locale, examples, clientLocale)), '', ...reading].join('\n'),
      LIMITS.embedDescription,
    ),
  };
  return { reply: { embeds: [embed], ephemeral: true, ownWords: true }, hits: 0, outcome: 'ok' };
}
