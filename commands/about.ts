import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { type CommandContext, localise, replyLocale } from '../src/discord/command.js';
import { renderAbout } from '../src/discord/render-about.js';

// /about — the corpus (documents, passage counts), the index's age and the version.
const [description, localised] = localise('关于语料与索引', '關於語料與索引', 'About the corpus and the index');

export const data = new SlashCommandBuilder().setName('about').setDescription(description).setDescriptionLocalizations(localised);

export function execute(interaction: ChatInputCommandInteraction, { engine }: CommandContext) {
  return renderAbout(engine.stats(), new Date(), replyLocale(interaction));
}
