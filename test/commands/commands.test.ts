import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/discord/command.js';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/load-commands.js';

// The command definitions are a contract with users (option names) and with Discord (limits).

let commands: Map<string, CommandModule>;
beforeAll(async () => {
  const loaded = await loadCommands();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  commands = loaded.commands;
});

const json = (name: string) => {
  const command = commands.get(name);
  if (!command) throw new Error(`no /${name}`);
  return command.data.toJSON();
};

describe('commands/', () => {
  it('given the folder, then there is one command per file, named after it', () => {
    const files = readdirSync(COMMANDS_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...commands.keys()].sort()).toEqual(files.sort());
    expect(files.sort()).toEqual(['about', 'ask', 'context', 'country', 'date', 'help', 'search']);
  });

  it.each([
    ['ask', 'question', 200, false],
    ['search', 'keywords', 200, false],
    ['date', 'date', 50, true],
    ['country', 'name', 50, true],
    ['context', 'id', 100, false],
  ])('given /%s, then its first option is the required %s with max_length %i (autocomplete %s)', (name, option, max, auto) => {
    const [first] = json(name).options ?? [];
    expect(first).toMatchObject({ name: option, required: true, max_length: max, min_length: 1 });
    expect(first && 'autocomplete' in first ? first.autocomplete : false).toBe(auto);
    expect(typeof commands.get(name)?.autocomplete === 'function').toBe(auto);
  });

  it("given every command, then its descriptions (and its options') exist in zh-CN, zh-TW, en-US and en-GB within 100 characters", () => {
    for (const name of commands.keys()) {
      const body = json(name);
      for (const thing of [body, ...(body.options ?? [])]) {
        expect(Object.keys(thing.description_localizations ?? {}).sort()).toEqual(['en-GB', 'en-US', 'zh-CN', 'zh-TW']);
        for (const text of [thing.description, ...Object.values(thing.description_localizations ?? {})]) {
          expect(text?.length).toBeGreaterThan(0);
          expect(text?.length).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it('given a Chinese client, then every option of the query commands is named in Chinese, its API name unchanged', () => {
    const apiNames: Record<string, string> = { ask: 'question', search: 'keywords', date: 'date', country: 'name', context: 'id' };
    for (const [name, option] of Object.entries(apiNames)) {
      const options = json(name).options ?? [];
      expect(options[0]?.name, name).toBe(option);
      for (const o of options) {
        expect(o.name_localizations?.['zh-CN'], `${name} ${o.name}`).toMatch(/^\p{Script=Han}+$/u);
        expect(o.name_localizations?.['zh-TW'], `${name} ${o.name}`).toMatch(/^\p{Script=Han}+$/u);
      }
    }
  });

  it('given /about, then its one option, document:, is optional (/about alone is as before) and named in Chinese', () => {
    expect(json('about').options).toMatchObject([
      { name: 'document', type: 3, max_length: 100, name_localizations: { 'zh-CN': '文档', 'zh-TW': '文檔' } },
    ]);
    expect(json('about').options?.[0]).not.toHaveProperty('required', true);
  });

  it('given the query commands, then an optional private option comes last (page: keeps its place)', () => {
    for (const name of ['ask', 'search', 'date', 'country', 'context']) {
      const options = json(name).options ?? [];
      expect(options.at(-1), name).toMatchObject({ name: 'private', type: 5 });
      expect(options.at(-1), name).not.toHaveProperty('required', true);
    }
  });

  it('given the paged commands, then an optional page option bounded at 1 follows the query', () => {
    for (const name of ['ask', 'search', 'date', 'country']) {
      expect(json(name).options?.[1]).toMatchObject({ name: 'page', type: 4, min_value: 1 });
      expect(json(name).options?.[1]).not.toHaveProperty('required', true);
    }
  });
});
