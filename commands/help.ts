import { SlashCommandBuilder } from 'discord.js';
import { localise, type CommandContext } from '../src/discord/command.js';
import { renderHelp } from '../src/discord/render-info.js';

// /help — the commands and how to read an answer (listed from the loaded commands themselves).
const [description, localised] = localise('使用说明', '使用說明', 'How to use this bot');

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription(description)
  .setDescriptionLocalizations(localised);

export function execute(_interaction: unknown, { commands }: CommandContext) {
  return renderHelp(commands);
}
