import type { DiscordConfig } from '../../../src/config.js';
import { trackAnswers } from './answer-tracker.js';
import { startFakeDiscord } from './index.js';
import { autocomplete, button, chatInput, type OptionValue } from './interactions.js';

// What a benchmark asks of the stand-in Discord, named so that it can run here or in a process of
// its own (stand-in-apart.ts): interactions described, not built, so that the process sending them
// builds them (ids, tokens), and what Discord would see of each (sent → acknowledged → answered),
// timed where it is sent.

/** An interaction to send, from user `userId`. */
export type InteractionSpec =
  | { kind: 'command'; name: string; options: Record<string, OptionValue>; userId: string }
  | { kind: 'autocomplete'; name: string; options: Record<string, OptionValue>; focused: string; userId: string }
  | { kind: 'button'; customId: string; userId: string };

/** What Discord saw of one interaction: times from dispatch (Infinity: never, within the wait). */
export interface SeenByDiscord {
  /** Callback type of the acknowledgement: 4 reply, 5 deferred reply, 7 update, 8 choices; 0 none. */
  ackType: number;
  ackMs: number;
  answerMs: number;
  /** Embeds in the answer. */
  embeds: number;
}

export interface StandIn {
  /** The bot's configuration for this stand-in. */
  config: DiscordConfig;
  /** The process serving it (this one, or its own). */
  pid: number;
  /** Sends one interaction; resolves with its answer's times (rejects after `timeoutMs` without one). */
  send(spec: InteractionSpec, timeoutMs?: number): Promise<SeenByDiscord>;
  /** Sends every interaction at once; resolves when all are answered or `timeoutMs` ran out. */
  burst(specs: readonly InteractionSpec[], timeoutMs: number): Promise<{ seen: SeenByDiscord[]; cpuMs: number }>;
  close(): Promise<void>;
}

/** The stand-in in this process, on this thread. */
export async function standInHere(): Promise<StandIn> {
  const discord = await startFakeDiscord();
  const tracker = trackAnswers(discord);
  const payloadOf = (spec: InteractionSpec) => {
    const who = discord.who(spec.userId);
    if (spec.kind === 'command') return chatInput(spec.name, spec.options, who);
    if (spec.kind === 'autocomplete') return autocomplete(spec.name, spec.options, spec.focused, who);
    return button(spec.customId, {}, who);
  };
  const seen = async (spec: InteractionSpec, timeoutMs: number, partial: boolean): Promise<SeenByDiscord> => {
    const t = await tracker.send(payloadOf(spec), timeoutMs, partial);
    const embeds = Array.isArray(t.answer.embeds) ? t.answer.embeds.length : 0;
    return { ackType: t.ackType, ackMs: t.ackMs, answerMs: t.answerMs, embeds };
  };
  return {
    config: discord.config,
    pid: process.pid,
    send: (spec, timeoutMs = 60_000) => seen(spec, timeoutMs, false),
    async burst(specs, timeoutMs) {
      const cpu = process.cpuUsage();
      const all = await Promise.all(specs.map((spec) => seen(spec, timeoutMs, true)));
      const used = process.cpuUsage(cpu);
      return { seen: all, cpuMs: (used.user + used.system) / 1000 };
    },
    close: () => discord.close(),
  };
}
