import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CommandModule, isCommandModule } from './command.js';

// Reads `commands/`, one module per file; shared by the bot and `npm run deploy-commands`, so
// what is registered is exactly what is answered. Adding a command is adding one file.

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export type LoadResult = { ok: true; commands: Map<string, CommandModule> } | { ok: false; problems: string[] };

function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$|\.test\./.test(name);
}

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<LoadResult> {
  const files = (await readdir(dir)).filter(isCommandFile).sort();
  const commands = new Map<string, CommandModule>();
  const problems: string[] = [];
  for (const file of files) {
    const loaded: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommandModule(loaded)) {
      problems.push(`${file}: must export \`data\` (a SlashCommandBuilder) and \`execute\``);
    } else if (commands.has(loaded.data.name)) {
      problems.push(`${file}: duplicate command name "${loaded.data.name}"`);
    } else {
      commands.set(loaded.data.name, loaded);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands };
}
