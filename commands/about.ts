import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { MAX_DOCUMENT_NAME } from '../src/answer/about-document.js';
import { type CommandContext, localise, replyLocale } from '../src/discord/command.js';
import { renderAbout, renderAboutDocument } from '../src/discord/render-about.js';

// /about — the corpus (documents, passage counts), the index's age and the version; with the
// optional document: (a title or another name of one), that document: its publisher, date and parts.
const [description, localised] = localise('关于语料与索引', '關於語料與索引', 'About the corpus and the index');
const [documentText, documentLocalised] = localise(
  '只看某篇文档（标题或简称，如“白皮书”）',
  '只看某篇文檔（標題或簡稱，如「白皮書」）',
  'One document only (its title or short name)',
);

/** The optional option's API name; Chinese clients see 文档. */
export const DOCUMENT_OPTION = 'document';

export const data = new SlashCommandBuilder()
  .setName('about')
  .setDescription(description)
  .setDescriptionLocalizations(localised)
  .addStringOption((o) =>
    o
      .setName(DOCUMENT_OPTION)
      .setNameLocalizations({ 'zh-CN': '文档', 'zh-TW': '文檔' })
      .setDescription(documentText)
      .setDescriptionLocalizations(documentLocalised)
      .setMaxLength(MAX_DOCUMENT_NAME),
  );

export function execute(interaction: ChatInputCommandInteraction, { engine }: CommandContext) {
  const locale = replyLocale(interaction);
  const named = interaction.options.getString(DOCUMENT_OPTION)?.trim();
  if (!named) return renderAbout(engine.stats(), new Date(), locale);
  return renderAboutDocument(engine.answer({ command: 'about', query: named, locale }), engine.stats(), new Date(), locale);
}
