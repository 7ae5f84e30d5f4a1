import type { AutocompleteInteraction } from 'discord.js';
import { localeNamed } from '../src/answer/locale.js';
import { answerWith, defineQueryCommand, focusedText, toChoices } from '../src/discord/answer-command.js';
import type { CommandContext } from '../src/discord/command.js';

// /date date: — every chronicle entry of a day (or range), with autocomplete of days that have entries.
export const data = defineQueryCommand({
  name: 'date',
  description: ['按日期查看纪实条目', '按日期查看紀實條目', 'Chronicle entries of a day'],
  option: {
    name: 'date',
    label: ['日期', '日期'],
    description: ['日期，例如：3月18日、3.18、March 18', '日期，例如：3月18日、3.18、March 18', 'A date, e.g. 3月18日, 3/18, March 18'],
    maxLength: 50,
    autocomplete: true,
  },
});

export const execute = answerWith('date', 'date');

export function autocomplete(interaction: AutocompleteInteraction, { engine }: CommandContext) {
  return toChoices(engine.suggestDates(focusedText(interaction), localeNamed(interaction.locale)));
}
