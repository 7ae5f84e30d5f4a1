import type { AutocompleteInteraction } from 'discord.js';
import { localeNamed } from '../src/answer/locale.js';
import { answerWith, defineQueryCommand, focusedText, toChoices } from '../src/discord/answer-command.js';
import type { CommandContext } from '../src/discord/command.js';

// /country name: — every passage mentioning a country, grouped by date then section.
export const data = defineQueryCommand({
  name: 'country',
  description: ['查看提到某个国家的所有段落', '查看提到某個國家的所有段落', 'Every passage that mentions a country'],
  option: {
    name: 'name',
    label: ['国家', '國家'],
    description: ['国家名，例如：意大利、義大利、Italy', '國家名，例如：意大利、義大利、Italy', 'Country name, e.g. Italy, 意大利'],
    maxLength: 50,
    autocomplete: true,
  },
});

export const execute = answerWith('country', 'name');

export function autocomplete(interaction: AutocompleteInteraction, { engine }: CommandContext) {
  return toChoices(engine.suggestCountries(focusedText(interaction), localeNamed(interaction.locale)));
}
