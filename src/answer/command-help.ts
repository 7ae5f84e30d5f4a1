import type { COMMANDS } from './commands.js';
import type { Example } from './corpus-examples.js';
import type { Locale } from './locale.js';

// What /help says of a command over the documents served, decided here for every adapter (the
// console's and JSON's /help, Discord's embed): the documents' own wording and example when they
// call for one (corpus-examples.ts), the bundled otherwise, and no example when they hold nothing
// it would find. Each adapter only lays the line out.

/** The documents' own line and example for a command, as the engine hands them to adapters. */
export type OwnExample = Pick<Example, 'zh' | 'en' | 'help' | 'unshown'>;

export interface CommandHelp {
  help: string;
  /** The whole example command (/date 3月18日); null: none is shown. */
  example: string | null;
}

export function commandHelp(command: (typeof COMMANDS)[number], own: OwnExample | undefined, locale: Locale): CommandHelp {
  const help = own?.help?.[locale] ?? (locale === 'en' ? command.helpEn : command.help);
  if (own?.unshown) return { help, example: null };
  return { help, example: own?.[locale] ?? (locale === 'en' ? command.exampleEn : command.example) };
}
