// npm run --silent ask -- [--json] [--limit N] [--corpus DIR] [command…]
// Answers one command given as arguments, or one command per stdin line, as text or JSON Lines.
import { createInterface } from 'node:readline';
import { errorAnswer } from '../answer/answer-shape.js';
import { parseCommandLine } from '../answer/command-line.js';
import { createEngine } from '../core/create-engine.js';
import { readCorpusOption } from '../corpus-option.js';
import { loadDotenv } from '../load-env.js';
import { createLogger, isLogLevel } from '../log.js';
import { parseAskArgs } from './ask-args.js';
import { toJsonLine } from './json-lines.js';
import { renderAnswerText } from './render-text.js';

loadDotenv();
const corpus = readCorpusOption(process.env, process.argv.slice(2));
if (!corpus.ok) {
  process.stderr.write(`配置有误：\n  ${corpus.error.variable}: ${corpus.error.message}\n`);
  process.exit(2);
}
const parsed = parseAskArgs(corpus.rest);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
const { json, limit, command } = parsed.args;
const level = process.env.LOG_LEVEL?.trim().toLowerCase() ?? '';
const engine = await createEngine({ logger: createLogger(isLogLevel(level) ? level : 'warn'), corpusDir: corpus.corpusDir });

const answerLine = (line: string): string => {
  const answer = line.trim()
    ? engine.answer({ ...parseCommandLine(line), pageSize: limit })
    : errorAnswer({ command: '', query: '' }, { code: 'empty-command', message: '空行：请输入一个命令，例如 /date 3月18日' });
  return json ? toJsonLine(answer) : `${renderAnswerText(answer)}\n`;
};

if (command !== null) {
  process.stdout.write(`${answerLine(command)}\n`);
} else {
  // One output line per input line, blank lines included, so callers can pair them up.
  for await (const line of createInterface({ input: process.stdin })) {
    if (!json && !line.trim()) continue;
    process.stdout.write(`${answerLine(line)}\n`);
  }
}
