import { type ButtonInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { type CommandResult, toEditOptions, toReplyOptions, toUpdateOptions } from './reply.js';

// How one interaction's answer reaches Discord: directly (the reply is the acknowledgement), or,
// when the answer queue says it would come too late, acknowledged first (deferred: "thinking…")
// and then edited in. A deferred reply's visibility is fixed when it is deferred: an answer
// meant for the asker alone (an error, nothing found) then replaces it with an ephemeral follow-up.

export interface ReplyChannel {
  /** Acknowledges the interaction now, without an answer yet (idempotent); the acknowledgement in flight, the first time. */
  defer(): Promise<unknown> | undefined;
  /** Sends the answer: as the reply, or into the deferred acknowledgement. */
  send(result: CommandResult): Promise<unknown>;
  readonly deferred: boolean;
}

/**
 * A channel whose acknowledgement (`acknowledge`) starts once; a failed one is reported by
 * `send`, never as an unhandled rejection.
 */
function channel(
  acknowledge: () => Promise<unknown>,
  direct: (result: CommandResult) => Promise<unknown>,
  afterDefer: (result: CommandResult) => Promise<unknown>,
): ReplyChannel {
  let ack: Promise<unknown> | null = null;
  return {
    defer() {
      if (ack) return undefined;
      ack = acknowledge();
      ack.catch(() => undefined);
      return ack;
    },
    get deferred() {
      return ack !== null;
    },
    async send(result) {
      if (!ack) return direct(result);
      await ack;
      return afterDefer(result);
    },
  };
}

/** A slash command, or a button whose answer is a new message (`alwaysEphemeral`: /context's 上下文). */
export function commandChannel(i: ChatInputCommandInteraction | ButtonInteraction, alwaysEphemeral = false): ReplyChannel {
  return channel(
    () => i.deferReply(alwaysEphemeral ? { flags: MessageFlags.Ephemeral } : {}),
    (result) => i.reply(toReplyOptions(result.reply)),
    async (result) => {
      if (result.reply.ephemeral && !alwaysEphemeral) {
        await i.deleteReply();
        return i.followUp(toReplyOptions(result.reply));
      }
      return i.editReply(toEditOptions(result.reply));
    },
  );
}

/** A ◀ ▶ click: the page turns in place; a refusal goes to the clicker alone. */
export function pageTurnChannel(i: ButtonInteraction): ReplyChannel {
  return channel(
    () => i.deferUpdate(),
    (result) => (result.reply.ephemeral ? i.reply(toReplyOptions(result.reply)) : i.update(toUpdateOptions(result.reply))),
    (result) => (result.reply.ephemeral ? i.followUp(toReplyOptions(result.reply)) : i.editReply(toEditOptions(result.reply))),
  );
}
