import {
  type AutocompleteInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  ComponentType,
  SlashCommandBuilder,
} from 'discord.js';
import { pagesOf } from '../answer/answer-shape.js';
import { counted, type Locale, say } from '../answer/locale.js';
import { packedPage } from '../answer/pack-pages.js';
import { MAX_QUERY_LENGTH } from '../answer/validate-query.js';
import type { Engine } from '../core/engine-api.js';
import type { Answer, Choice } from '../core/types.js';
import { cutGraphemes, fitUnits } from '../text/graphemes.js';
import { button } from './answer-frame.js';
import { type CommandContext, localise, replyLocale } from './command.js';
import { encodeCustomId, isPagedCommand } from './custom-id.js';
import { LIMITS, PAGE_SIZE } from './limits.js';
import { renderAnswer } from './render-answer.js';
import { entriesFit } from './render-entries.js';
import { type CommandResult, notice } from './reply.js';
import { truncate } from './truncate.js';

// What the five answering commands (ask, search, date, country, context) share: read the query
// option, ask the core for one page, render it. The core validates the query (empty, too long,
// impossible date…) and answers with a message, so the handler never throws for user input.

/** Runs one command for one page: also used by the ◀ ▶ buttons. */
export function runAnswer(engine: Engine, command: string, query: string, page = 1, locale: Locale = 'zh'): CommandResult {
  // /context needs no size of its own: the core widens its one page to the whole view.
  const answer =
    command === 'date' ? wholeDays(engine, query, page, locale) : engine.answer({ command, query, page, pageSize: PAGE_SIZE, locale });
  if (!answer.error && answer.total > 0 && answer.page !== page) {
    // The core clamps a page past the end; a stale button or `page:` deserves to be told instead.
    // With no results at all, the core's own "nothing found" (and its suggestions) says more.
    const pages = pagesOf(answer);
    const told = notice(
      say(
        locale,
        `📄 没有第 ${page} 页：这个结果共 ${pages} 页。`,
        `📄 There is no page ${page}: this result has ${counted('en', pages, '页', 'page')}.`,
      ),
      'empty',
    );
    // …with the last page a click away (a query too long for an id has none: the message says how
    // many pages there are), answered as a new reply, as the command was: turned in place, this
    // notice (shown to its asker only) became the answer nobody else saw.
    const last = isPagedCommand(command) ? encodeCustomId({ kind: 'run', command, page: pages, query: answer.query }) : null;
    if (!last) return told;
    const label = say(locale, `最后一页（第 ${pages} 页）⏭`, `Last page (${pages}) ⏭`);
    return {
      ...told,
      reply: { ...told.reply, components: [{ type: ComponentType.ActionRow, components: [button(last, label, ButtonStyle.Primary)] }] },
    };
  }
  return renderAnswer(answer, locale);
}

/** /date: as many whole days as one message holds; only what cannot fit goes to the next page. */
function wholeDays(engine: Engine, query: string, page: number, locale: Locale): Answer {
  const whole = engine.answer({ command: 'date', query, whole: true, locale });
  return whole.error || whole.total === 0 ? whole : packedPage(whole, page, entriesFit(whole, locale));
}

type Texts = readonly [zhCN: string, zhTW: string, enUS: string];

/**
 * An option's name for Chinese clients (Discord shows `问题:` instead of `question:`); English
 * clients and the API keep the English name, which tools and the core read.
 */
function chineseNames(simplified: string, traditional: string): Record<'zh-CN' | 'zh-TW', string> {
  return { 'zh-CN': simplified, 'zh-TW': traditional };
}

/** The option asking for an answer shown to its asker only. */
export const PRIVATE_OPTION = 'private';

export interface QueryCommandSpec {
  name: string;
  description: Texts;
  /** `label`: the option's name as Chinese clients show it (Simplified, Traditional); the API name stays `name`. */
  option: { name: string; label: [string, string]; description: Texts; maxLength?: number; autocomplete?: boolean };
}

/**
 * A command with one required string option (the query) and, when it is a paged command, an
 * optional `page:`: how to page a query too long to ride in a button.
 */
export function defineQueryCommand(spec: QueryCommandSpec): SlashCommandBuilder {
  const builder = new SlashCommandBuilder().setName(spec.name);
  const [text, localised] = localise(...spec.description);
  builder.setDescription(text).setDescriptionLocalizations(localised);
  const [optionText, optionLocalised] = localise(...spec.option.description);
  builder.addStringOption((o) =>
    o
      .setName(spec.option.name)
      .setNameLocalizations(chineseNames(...spec.option.label))
      .setDescription(optionText)
      .setDescriptionLocalizations(optionLocalised)
      .setRequired(true)
      .setMinLength(1)
      .setMaxLength(spec.option.maxLength ?? MAX_QUERY_LENGTH)
      .setAutocomplete(spec.option.autocomplete ?? false),
  );
  if (isPagedCommand(spec.name)) {
    const [pageText, pageLocalised] = localise('页码（默认第 1 页）', '頁碼（預設第 1 頁）', 'Page number (default 1)');
    builder.addIntegerOption((o) =>
      o
        .setName('page')
        .setNameLocalizations(chineseNames('页码', '頁碼'))
        .setDescription(pageText)
        .setDescriptionLocalizations(pageLocalised)
        .setMinValue(1)
        .setMaxValue(1000),
    );
  }
  // After page:, which stays where it was. An answer for one reader only (a phone in a busy channel, a question one would rather not post).
  const [privateText, privateLocalised] = localise('只给我看，不发到频道', '只給我看，不發到頻道', 'Show the answer to me only');
  builder.addBooleanOption((o) =>
    o
      .setName(PRIVATE_OPTION)
      .setNameLocalizations(chineseNames('仅自己可见', '僅自己可見'))
      .setDescription(privateText)
      .setDescriptionLocalizations(privateLocalised),
  );
  return builder;
}

/** The `execute` of a command whose query is the string option `optionName`. */
export function answerWith(command: string, optionName: string) {
  return (interaction: ChatInputCommandInteraction, { engine }: CommandContext): CommandResult =>
    runAnswer(
      engine,
      command,
      // Missing only when Discord holds an older registration of the command: the core then says what to type.
      interaction.options.getString(optionName) ?? '',
      interaction.options.getInteger('page') ?? 1,
      replyLocale(interaction),
    );
}

/** Caps suggestions at Discord's 25 choices of ≤ 100 characters. */
export function toChoices(choices: readonly Choice[]): Choice[] {
  return choices.slice(0, LIMITS.autocompleteChoices).map((c) => ({
    name: truncate(c.name, LIMITS.choiceName),
    value: fitUnits(c.value, LIMITS.choiceValue),
  }));
}

/** The typed text of the focused option, cut to what the core accepts. */
export function focusedText(interaction: AutocompleteInteraction): string {
  return cutGraphemes(interaction.options.getFocused(), MAX_QUERY_LENGTH);
}
