import type { ChatInputCommandInteraction } from 'discord.js';
import { SlashCommandBuilder } from 'discord.js';
import { type CommandContext, localise, replyLocale } from '../src/discord/command.js';
import { renderHelp } from '../src/discord/render-help.js';

// /help — the commands (the core's help and examples, in Discord's syntax) and how to read an answer.
const [description, localised] = localise('使用说明', '使用說明', 'How to use this bot');

export const data = new SlashCommandBuilder().setName('help').setDescription(description).setDescriptionLocalizations(localised);

export function execute(interaction: ChatInputCommandInteraction, { commands, engine }: CommandContext) {
  return renderHelp(commands, replyLocale(interaction), engine.examples(), interaction.locale);
}
