import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCommandModule } from '../../src/discord/command.js';
import { loadCommands } from '../../src/discord/load-commands.js';

describe('loadCommands', () => {
  it('given a module without execute and a duplicate name, then both are reported by file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'commands-'));
    const good = "export const data = { name: 'x', toJSON: () => ({}) }; export function execute() {}";
    writeFileSync(path.join(dir, 'a.mjs'), good);
    writeFileSync(path.join(dir, 'b.mjs'), good);
    writeFileSync(path.join(dir, 'c.mjs'), "export const data = { name: 'y', toJSON: () => ({}) };");
    writeFileSync(path.join(dir, 'notes.md'), '# not a command');
    const result = await loadCommands(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(2);
      expect(result.problems[0]).toMatch(/^b\.mjs: duplicate/);
      expect(result.problems[1]).toMatch(/^c\.mjs: must export/);
    }
  });

  it.each([
    null,
    {},
    { data: {}, execute() {} },
    { data: { name: 'x', toJSON() {} }, execute: 1 },
    { data: { name: 'x', toJSON() {} }, execute() {}, autocomplete: 'no' },
  ])('given %j, then it is not a command module', (value) => expect(isCommandModule(value)).toBe(false));
});
