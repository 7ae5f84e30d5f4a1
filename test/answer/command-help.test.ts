import { describe, expect, it } from 'vitest';
import { commandHelp } from '../../src/answer/command-help.js';
import { COMMANDS } from '../../src/answer/commands.js';
import { helpText } from '../../src/answer/help.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import { renderHelp } from '../../src/discord/render-help.js';

// What /help says of a command is decided once, for the console's /help and Discord's alike.

const date = COMMANDS.find((c) => c.name === 'date')!;

describe('commandHelp', () => {
  it('given no example of the documents, then the bundled line and example', () => {
    expect(commandHelp(date, undefined, 'zh')).toEqual({ help: date.help, example: date.example });
    expect(commandHelp(date, undefined, 'en')).toEqual({ help: date.helpEn, example: date.exampleEn });
  });

  it('given the documents’ own example, then it; their own line when they give one', () => {
    expect(commandHelp(date, { zh: '/date 5月3日', en: '/date May 3' }, 'zh')).toEqual({ help: date.help, example: '/date 5月3日' });
    const own = { zh: '/date 3月18日', en: '/date March 18', help: { zh: '没有条目', en: 'no entries' }, unshown: true };
    expect(commandHelp(date, own, 'en')).toEqual({ help: 'no entries', example: null });
  });
});

describe('the console’s /help and Discord’s', () => {
  it('given the same examples, then each command’s line says the same help, and the same example or none', async () => {
    const loaded = await loadCommands();
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const own = {
      date: { zh: '/date 3月18日', en: '/date March 18', help: { zh: '没有条目', en: 'no entries' }, unshown: true },
      search: { zh: '/search 长跑', en: '/search 长跑' },
    };
    for (const locale of ['zh', 'en'] as const) {
      const consoleLines = helpText(locale, own).split('\n');
      const discordLines = (renderHelp(loaded.commands, locale, own).reply.embeds?.[0]?.description ?? '').split('\n');
      for (const command of COMMANDS) {
        const { help, example } = commandHelp(command, own[command.name as keyof typeof own], locale);
        const inConsole = consoleLines.find((l) => l.startsWith(locale === 'en' ? `/${command.name} ` : `${command.usage} `));
        const inDiscord = discordLines.find((l) => l.startsWith(`\`/${command.name}`));
        for (const line of [inConsole, inDiscord]) {
          expect(line, command.name).toContain(help);
          // Discord shows no example that is the bare command (/help): nothing follows its name.
          if (example === null) expect(line, command.name).not.toMatch(/例：|e\.g\./);
          else expect(line, command.name).toContain(example.slice(`/${command.name}`.length).trim());
        }
      }
    }
  });
});
