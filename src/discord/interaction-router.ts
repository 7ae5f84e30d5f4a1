import { performance } from 'node:perf_hooks';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { runAnswer } from './answer-command.js';
import type { CommandContext } from './command.js';
import { decodeCustomId } from './custom-id.js';
import { isIgnorableDiscordError } from './discord-errors.js';
import { RATE_LIMIT_MESSAGE, type RateLimiter } from './rate-limit.js';
import { type CommandResult, notice, toReplyOptions, toUpdateOptions } from './reply.js';

// One entry point for every interaction: find the handler, run it, send its reply through the
// one reply builder, and log one line (command, options, user, latency, hits, outcome).
// Answers come from an in-memory index in milliseconds, so we always reply directly: deferring
// would only push the answer behind discord.js's ~50 requests/s queue for edits under a burst.

export interface RouterDeps extends CommandContext {
  logger: Logger;
  rateLimiter: RateLimiter;
}

const INVALID_BUTTON = '这个按钮已失效或无法识别，请重新输入命令。';
const FAILED = '抱歉，处理这条命令时出错了，请稍后再试。';

type Send = (result: CommandResult) => Promise<unknown>;

interface Handled {
  command: string;
  options: Record<string, unknown>;
  result: CommandResult;
  send: Send;
}

type Logged = Pick<Handled, 'command' | 'options'>;

/** What the log line names for a command or a click, known before anything runs. */
function logged(i: ChatInputCommandInteraction | ButtonInteraction): Logged {
  if (i.isButton()) return { command: 'button', options: { customId: i.customId } };
  return { command: i.commandName, options: Object.fromEntries(i.options.data.map((o) => [o.name, o.value])) };
}

async function handleCommand(i: ChatInputCommandInteraction, deps: RouterDeps, reply: Send): Promise<Handled> {
  const command = deps.commands.get(i.commandName);
  const result = command ? await command.execute(i, deps) : notice('未知命令。', 'error');
  return { ...logged(i), result, send: reply };
}

function handleButton(i: ButtonInteraction, deps: RouterDeps, reply: Send): Handled {
  const { options } = logged(i);
  const action = decodeCustomId(i.customId);
  if (!action) return { command: 'button', options, result: notice(INVALID_BUTTON, 'invalid-button'), send: reply };
  if (action.kind === 'context') {
    // Shown only to whoever clicked: anyone in the channel may click, the channel stays readable.
    const result = runAnswer(deps.engine, 'context', action.id);
    return { command: 'context', options, result: { ...result, reply: { ...result.reply, ephemeral: true } }, send: reply };
  }
  const result = runAnswer(deps.engine, action.command, action.query, action.page);
  // A page turns in place; a refusal (page gone, bad query) goes to the clicker alone.
  const send: Send = (r) => (r.reply.ephemeral ? reply(r) : i.update(toUpdateOptions(r.reply)));
  return { command: action.command, options: { ...options, page: action.page }, result, send };
}

async function handleAutocomplete(i: AutocompleteInteraction, deps: RouterDeps): Promise<Handled> {
  const choices = deps.commands.get(i.commandName)?.autocomplete?.(i, deps) ?? [];
  const result: CommandResult = { reply: { ephemeral: true }, hits: choices.length, outcome: choices.length > 0 ? 'ok' : 'empty' };
  return { command: i.commandName, options: { focused: i.options.getFocused() }, result, send: () => i.respond(choices) };
}

async function route(interaction: Interaction, deps: RouterDeps): Promise<Handled | null> {
  // Suggestions as you type are not rate-limited: Discord sends one per keystroke.
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, deps);
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return null;
  const reply: Send = (r) => interaction.reply(toReplyOptions(r.reply));
  if (!deps.rateLimiter.take(interaction.user.id)) {
    return { ...logged(interaction), result: notice(RATE_LIMIT_MESSAGE, 'rate-limited'), send: reply };
  }
  return interaction.isButton() ? handleButton(interaction, deps, reply) : handleCommand(interaction, deps, reply);
}

export function createInteractionHandler(deps: RouterDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const started = performance.now();
    const base = { interaction: interaction.type, userId: interaction.user.id, guildId: interaction.guildId };
    let handled: Handled | null = null;
    try {
      handled = await route(interaction, deps);
      if (!handled) return;
      await handled.send(handled.result);
      const { command, options, result } = handled;
      deps.logger.info(
        { ...base, command, options, latencyMs: Math.round(performance.now() - started), hits: result.hits, outcome: result.outcome },
        'interaction',
      );
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      const log = { ...base, command: handled?.command, options: handled?.options, latencyMs, outcome: 'failed', err: error };
      if (isIgnorableDiscordError(error)) {
        deps.logger.warn(log, 'interaction expired or already answered; skipped');
        return;
      }
      deps.logger.error(log, 'interaction failed');
      // Tell the user if we still can; if that fails too there is nothing more to do.
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await interaction.reply(toReplyOptions(notice(FAILED, 'failed').reply)).catch(() => undefined);
      }
    }
  };
}
