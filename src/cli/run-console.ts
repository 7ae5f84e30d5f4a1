import { createInterface, type Interface } from 'node:readline';
import type { Engine } from '../core/engine-api.js';
import { createConsoleSession } from './console-session.js';
import { readLines } from './read-lines.js';
import { ANSI_STYLE, PLAIN_STYLE } from './text-style.js';

// `npm start` without a token: an interactive prompt on a terminal; otherwise one command per
// input line, answered in order, exiting at end of input (so it can be scripted and tested).

const BANNER = '本地控制台（未设置 DISCORD_TOKEN）。输入 /help 查看命令，/quit 退出。';

/** Ctrl-C as shells do: a half-typed line is dropped, an empty line quits. */
function onInterrupt(rl: Interface, output: NodeJS.WritableStream): void {
  rl.on('SIGINT', () => {
    if (rl.line.length === 0) {
      output.write('\n');
      rl.close();
      return;
    }
    output.write('^C\n');
    // Move to the end and delete to the start: readline's own editing keys, so its state stays right.
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    rl.prompt();
  });
}

export async function runConsole(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const session = createConsoleSession(engine, interactive ? ANSI_STYLE : PLAIN_STYLE);
  const rl = interactive ? createInterface({ input, output, terminal: true }) : null;
  const write = (text: string) => {
    if (text) output.write(`${text}\n`);
  };
  if (rl) {
    onInterrupt(rl, output);
    write(BANNER);
    rl.setPrompt('问> ');
    rl.prompt();
  }
  // Piped input is read by `\n` only (a lone `\r` inside a line must not split it).
  let lines = 0;
  for await (const line of rl ?? readLines(input)) {
    lines++;
    const reply = session.handle(line);
    write(reply.text);
    if (reply.quit) break;
    rl?.prompt();
  }
  rl?.close();
  // Started by a service manager without a token, with nothing on stdin: say why it ends at once.
  if (!rl && lines === 0) process.stderr.write(`${NOTHING_TO_READ}\n`);
}

const NOTHING_TO_READ =
  '本地控制台（未设置 DISCORD_TOKEN）：标准输入没有命令，已退出。要运行 Discord 机器人，请在环境或 .env 中设置 DISCORD_TOKEN。';
