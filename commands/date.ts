import type { AutocompleteInteraction } from 'discord.js';
import { localeNamed } from '../src/answer/locale.js';
import { answerWith, defineQueryCommand, focusedText, toChoices } from '../src/discord/answer-command.js';
import type { CommandContext } from '../src/discord/command.js';

// /date date: — every dated entry of a day (or range, month, year, the newest), with autocomplete of days that have entries.
export const data = defineQueryCommand({
  name: 'date',
  description: ['按日期查看带日期的条目', '按日期查看帶日期的條目', 'Dated entries of a day'],
  option: {
    name: 'date',
    label: ['日期', '日期'],
    description: [
      '日期，例如：3月18日、3.18、2024年、最新',
      '日期，例如：3月18日、3.18、2024年、最新',
      'A date, e.g. March 18, 3/18, 2024, latest',
    ],
    maxLength: 50,
    autocomplete: true,
  },
});

export const execute = answerWith('date', 'date');

export function autocomplete(interaction: AutocompleteInteraction, { engine }: CommandContext) {
  return toChoices(engine.suggestDates(focusedText(interaction), localeNamed(interaction.locale)));
}
