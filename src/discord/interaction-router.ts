import { performance } from 'node:perf_hooks';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { Logger } from 'pino';
import type { Locale } from '../answer/locale.js';
import type { Choice } from '../core/types.js';
import { PRIVATE_OPTION, runAnswer } from './answer-command.js';
import { queryFromTitle, titleLocale } from './answer-frame.js';
import type { AnswerQueue } from './answer-queue.js';
import { type CommandContext, replyLocale } from './command.js';
import { decodeCustomId, privateRuns } from './custom-id.js';
import { isIgnorableDiscordError } from './discord-errors.js';
import { RATE_LIMIT_MESSAGE, type RateLimiter } from './rate-limit.js';
import { type CommandResult, notice, toReplyOptions } from './reply.js';
import { commandChannel, pageTurnChannel, type ReplyChannel } from './reply-channel.js';
import { choicesInClientScript, inClientScript } from './traditional-reply.js';

// One entry point for every interaction: find the handler, run its engine work through the answer
// queue (directly while the engine is idle; deferred, then edited, when the work queued ahead
// would pass Discord's 3 s — see answer-queue.ts), send its reply through the one reply builder,
// and log one line (command, options, user, latency, hits, outcome, deferred).

export interface RouterDeps extends CommandContext {
  logger: Logger;
  /** Commands a user may run: each is engine work, and most post an answer to the channel. */
  rateLimiter: RateLimiter;
  /** Clicks (pages, context): looser, since reading a long answer takes many (rate-limit.ts). */
  buttonRateLimiter: RateLimiter;
  queue: AnswerQueue;
}

const INVALID_BUTTON: Record<Locale, string> = {
  zh: '这个按钮已失效或无法识别，请重新输入命令。',
  en: 'This button has expired or is not recognised: please type the command again.',
};
const FAILED: Record<Locale, string> = {
  zh: '抱歉，处理这条命令时出错了，请稍后再试。',
  en: 'Sorry, something went wrong with this command. Please try again later.',
};
const UNKNOWN_COMMAND: Record<Locale, string> = {
  zh: '未知命令（可能已停用）。输入 /help 查看可用命令。',
  en: 'Unknown command (it may have been retired). Type /help to see the commands.',
};

/** What an interaction asks for, known before anything runs: the engine work is `work`, queued. */
interface Planned {
  command: string;
  options: Record<string, unknown>;
  /** Engine work, run in turn by the queue; absent for answers known at once (refusals). */
  work?: () => CommandResult | Promise<CommandResult>;
  result?: CommandResult;
  channel: ReplyChannel;
}

/** What the log line names for a command or a click. */
function logged(i: ChatInputCommandInteraction | ButtonInteraction): Pick<Planned, 'command' | 'options'> {
  if (i.isButton()) return { command: 'button', options: { customId: i.customId } };
  return { command: i.commandName, options: Object.fromEntries(i.options.data.map((o) => [o.name, o.value])) };
}

function planCommand(i: ChatInputCommandInteraction, deps: RouterDeps): Planned {
  const command = deps.commands.get(i.commandName);
  // private: true — the answer, and its deferral, are shown to the asker only.
  const privately = i.options.getBoolean(PRIVATE_OPTION) === true;
  const channel = commandChannel(i, privately);
  if (!command) return { ...logged(i), result: notice(UNKNOWN_COMMAND[replyLocale(i)], 'error'), channel };
  if (!privately) return { ...logged(i), work: () => command.execute(i, deps), channel };
  const work = async (): Promise<CommandResult> => asPrivate(await command.execute(i, deps));
  return { ...logged(i), work, channel };
}

/** A result shown to one user only, its suggestions and last-page offers, clicked, answering privately too. */
function asPrivate(result: CommandResult): CommandResult {
  const components = result.reply.components?.map((row) => ({
    ...row,
    components: row.components.map((b) => ('custom_id' in b ? { ...b, custom_id: privateRuns(b.custom_id) } : b)),
  }));
  return { ...result, reply: { ...result.reply, ephemeral: true, ...(components ? { components } : {}) } };
}

function planButton(i: ButtonInteraction, deps: RouterDeps): Planned {
  const { options } = logged(i);
  const action = decodeCustomId(i.customId);
  const locale = replyLocale(i);
  if (!action) return { command: 'button', options, result: notice(INVALID_BUTTON[locale], 'invalid-button'), channel: commandChannel(i) };
  if (action.kind === 'context') {
    // Shown only to whoever clicked: anyone in the channel may click, the channel stays readable.
    const work = (): CommandResult => asPrivate(runAnswer(deps.engine, 'context', action.id, 1, locale));
    return { command: 'context', options, work, channel: commandChannel(i, true) };
  }
  if (action.kind === 'run') {
    // A command a notice suggested, run as if its clicker typed it: a reply of its own in the
    // channel (privately under a private: true command's notice), in their language; the notice
    // and its other offers stay. Private in every part: the new answer's own offers answer privately too.
    const privately = action.privately === true;
    const work = (): CommandResult => {
      const result = runAnswer(deps.engine, action.command, action.query, action.page ?? 1, locale);
      return privately ? asPrivate(result) : result;
    };
    return { command: action.command, options: { ...options, suggested: true }, work, channel: commandChannel(i, privately) };
  }
  // A query too long for the id is read back from the message the button is on (its title).
  const query = action.query ?? queryFromTitle(action.command, i.message.embeds[0]?.title);
  if (query === null)
    return { command: 'button', options, result: notice(INVALID_BUTTON[locale], 'invalid-button'), channel: commandChannel(i) };
  // The asker's turn keeps the shared message's language (another member's copy is in theirs, below).
  const shown = titleLocale(action.command, i.message.embeds[0]?.title) ?? locale;
  // A page of an answer shown to its asker only stays theirs: a notice's offers on it answer privately too.
  const turned = () => runAnswer(deps.engine, action.command, query, action.page, shown);
  const work = i.message.flags.has(MessageFlags.Ephemeral) ? () => asPrivate(turned()) : turned;
  // Another member's click shows them that page privately: the shared answer stays at the page its
  // asker chose (anyone could turn it away under them). A message of no known asker turns in place.
  const asker = i.message.interactionMetadata?.user.id;
  if (asker !== undefined && asker !== i.user.id) {
    // Their own copy, in their own language, as their Context clicks are.
    const privately = (): CommandResult => {
      // /date's pages are sized for the language they were made in: a page number means the same days only in it.
      const own = action.command === 'date' ? shown : locale;
      const result = runAnswer(deps.engine, action.command, query, action.page, own);
      // A query whose buttons read it back from the title, which their language's longer label
      // ("Search · ") cuts: their copy is in the message's language, so that it can be paged too.
      const readBack = action.query !== null || queryFromTitle(action.command, result.reply.embeds?.[0]?.title) === query;
      return asPrivate(readBack || own === shown ? result : runAnswer(deps.engine, action.command, query, action.page, shown));
    };
    return { command: action.command, options: { ...options, page: action.page }, work: privately, channel: commandChannel(i, true) };
  }
  return { command: action.command, options: { ...options, page: action.page }, work, channel: pageTurnChannel(i) };
}

/** Suggestions as you type are map lookups, answered at once; Discord allows no deferral for them. */
async function handleAutocomplete(i: AutocompleteInteraction, deps: RouterDeps, started: number): Promise<void> {
  let choices: Choice[] = [];
  try {
    choices = deps.commands.get(i.commandName)?.autocomplete?.(i, deps) ?? [];
  } catch (error) {
    // No choices rather than no response: without one Discord shows "Loading options failed".
    deps.logger.error({ interaction: i.type, command: i.commandName, err: error }, 'autocomplete failed');
  }
  await i.respond(await choicesInClientScript(choices, i.locale));
  deps.logger.info(
    {
      interaction: i.type,
      userId: i.user.id,
      guildId: i.guildId,
      command: i.commandName,
      options: { focused: i.options.getFocused() },
      latencyMs: Math.round(performance.now() - started),
      hits: choices.length,
      outcome: choices.length > 0 ? 'ok' : 'empty',
    },
    'interaction',
  );
}

function plan(interaction: ChatInputCommandInteraction | ButtonInteraction, deps: RouterDeps): Planned {
  // A suggestion's button (go:, gp:, gn:, gq:) posts a new answer, as a typed command does: counted as one.
  const limiter = interaction.isButton() && !/^g[opnq]:/.test(interaction.customId) ? deps.buttonRateLimiter : deps.rateLimiter;
  if (!limiter.take(interaction.user.id)) {
    return {
      ...logged(interaction),
      result: notice(RATE_LIMIT_MESSAGE[replyLocale(interaction)], 'rate-limited'),
      channel: commandChannel(interaction),
    };
  }
  return interaction.isButton() ? planButton(interaction, deps) : planCommand(interaction, deps);
}

export function createInteractionHandler(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const started = performance.now();
    const base = { interaction: interaction.type, userId: interaction.user.id, guildId: interaction.guildId };
    let planned: Planned | null = null;
    try {
      if (interaction.isAutocomplete()) return await handleAutocomplete(interaction, deps, started);
      if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
      planned = plan(interaction, deps);
      const { work, channel } = planned;
      const result =
        planned.result ??
        (await deps.queue.submit(planned.command, work ?? (() => notice(FAILED[replyLocale(interaction)], 'failed')), channel.defer));
      await channel.send(await inClientScript(result, interaction.locale));
      deps.logger.info(
        {
          ...base,
          command: planned.command,
          options: planned.options,
          latencyMs: Math.round(performance.now() - started),
          hits: result.hits,
          outcome: result.outcome,
          deferred: channel.deferred,
        },
        'interaction',
      );
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      const log = { ...base, command: planned?.command, options: planned?.options, latencyMs, outcome: 'failed', err: error };
      if (isIgnorableDiscordError(error)) {
        deps.logger.warn(log, 'interaction expired or already answered; skipped');
        return;
      }
      deps.logger.error(log, 'interaction failed');
      // Tell the user if we still can; if that fails too there is nothing more to do. A deferred
      // reply ("thinking…") is answered through its channel, which replaces it, or it would stay.
      if (interaction.isRepliable() && !interaction.replied) {
        const failed = notice(FAILED[replyLocale(interaction)], 'failed');
        const tell = planned?.channel.deferred
          ? planned.channel.send(failed)
          : interaction.deferred
            ? interaction.followUp(toReplyOptions(failed.reply))
            : interaction.reply(toReplyOptions(failed.reply));
        await tell.catch(() => undefined);
      }
    }
  };
}
