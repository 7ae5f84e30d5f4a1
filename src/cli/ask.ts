// npm run --silent ask -- [--json] [--limit N] [--page N] [--corpus DIR] [command…]
// Answers one command given as arguments, or one command per stdin line, as text or JSON Lines.
import { once } from 'node:events';
import { errorAnswer } from '../answer/answer-shape.js';
import { parseCommandLine } from '../answer/command-line.js';
import { commandNamed } from '../answer/commands.js';
import { type Locale, typedInEnglish } from '../answer/locale.js';
import { packedPage, upToEntries } from '../answer/pack-pages.js';
import { createEngine } from '../core/create-engine.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { readCorpusOption } from '../corpus-option.js';
import { loadDotenv } from '../load-env.js';
import { createLogger, isLogLevel } from '../log.js';
import { exitStartupFailure } from '../startup-failure.js';
import { visibleText } from '../text/invisible-characters.js';
import { ASK_USAGE, parseAskArgs } from './ask-args.js';
import { exitQuietlyWhenReaderLeaves } from './closed-pipe.js';
import { toJsonLine } from './json-lines.js';
import { jsonLineIn, parseJsonRequest } from './json-request.js';
import { nextPageHint } from './next-page-hint.js';
import { readLines } from './read-lines.js';
import { readableLogDestination } from './readable-log.js';
import { renderAnswerText } from './render-text.js';
import { stdinProblem, stdinReadError } from './stdin-check.js';

loadDotenv();
exitQuietlyWhenReaderLeaves(process.stdout);
const corpus = readCorpusOption(process.env, process.argv.slice(2));
if (!corpus.ok) {
  process.stderr.write(`配置有误：\n  ${corpus.error.variable}: ${corpus.error.message}\n`);
  process.exit(2);
}
const parsed = parseAskArgs(corpus.rest);
if (parsed.ok === 'help') {
  process.stdout.write(`${ASK_USAGE}\n`);
  process.exit(0);
}
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n${ASK_USAGE}\n`);
  process.exit(2);
}
const { json, limit, page, command } = parsed.args;
const level = process.env.LOG_LEVEL?.trim().toLowerCase() ?? '';
// As npm start checks it (config.ts): a misspelt level was used as the default without a word.
if (level && !isLogLevel(level)) {
  process.stderr.write('配置有误：\n  LOG_LEVEL: LOG_LEVEL 必须是 trace、debug、info、warn、error、fatal 或 silent 之一。\n');
  process.exit(2);
}
// Text answers are read by a person: warnings as readable lines unless LOG_LEVEL asks for JSON;
// JSON answers go to tools, and so do their logs.
const readable = json || isLogLevel(level) ? null : readableLogDestination();
const logger = readable ? createLogger('info', readable) : createLogger(isLogLevel(level) ? level : 'warn');
const engine = await createEngine({ logger, corpusDir: corpus.corpusDir }).catch((error: unknown) => exitStartupFailure(error, logger));
readable?.end();

/** The answer to one line, and the language of what is said around it (text output only). */
const requestOf = (raw: string): { answer: Answer; locale: Locale } => {
  // A BOM opens each file joined by `cat` into the input, not only the first line; other
  // invisible format characters (ZWSP, RLM), escape sequences and controls before a request are
  // dropped as before a command (ESC[0m before a "{" made the JSON a question).
  const written = jsonLineIn(raw);
  const line = written?.kind === 'request' ? written.json : visibleText(written ? written.line : raw.replace(/^[\p{Cf}]+/u, ''));
  if (!line.trim())
    return {
      answer: errorAnswer({ command: '', query: '' }, { code: 'empty-command', message: '空行：请输入一个命令，例如 /date 3月18日' }),
      locale: 'zh',
    };
  if (written?.kind !== 'request') {
    const command = parseCommandLine(line);
    // As text, read by a person: an English question gets English messages, as in the console.
    // JSON lines keep Chinese unless a request object asks ("locale":"en"): tools match on them.
    const locale: Locale = !json && typedInEnglish(command.command, command.query) ? 'en' : 'zh';
    const request: AnswerRequest = { ...command, page, pageSize: limit, locale };
    // As text, /date pages by whole days as the console does (up to --limit entries, a longer day whole);
    // JSON keeps its contract: --limit items a page.
    if (json || commandNamed(request.command) !== 'date') return { answer: engine.answer(request), locale };
    return { answer: packedPage(engine.answer({ ...request, whole: true }), page, upToEntries(limit)), locale };
  }
  const parsed = parseJsonRequest(line, { page, pageSize: limit });
  if (!parsed.ok)
    return {
      answer: errorAnswer(
        { command: parsed.command ?? '', query: parsed.query ?? '' },
        { code: 'invalid-request', message: parsed.message },
      ),
      locale: parsed.locale ?? 'zh',
    };
  return { answer: engine.answer(parsed.request), locale: parsed.request.locale ?? 'zh' };
};

const answerLine = (line: string): string => {
  const { answer, locale } = requestOf(line);
  // There is no /next here: the text names the flags that show the next page instead.
  if (json) return toJsonLine(answer);
  return `${renderAnswerText(answer, undefined, nextPageHint(answer, line, limit, locale, corpus.typed), locale)}\n`;
};

/**
 * Writes one answer; when the reader is behind (the pipe is full), waits for it to catch up
 * before the next line is read: a tool sending requests ahead of reading held every answer in
 * memory (450 MB for 9,000 months of /date).
 */
async function writeAnswer(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** How long a signal waits for the answer being written to reach a reader that reads. */
const DRAIN_GRACE_MS = 2000;
/** Set by SIGTERM or Ctrl-C: no further line is answered. */
let stopping = false;
// Stopped between answers, never inside one: what is written reaches the reader whole, then the
// process ends (it ended as the signal came, and the answer being written was cut mid-character).
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const)
  process.once(signal, () => {
    stopping = true;
    if (process.stdout.writableLength === 0) process.exit(code);
    process.stdout.once('drain', () => process.exit(code));
    // A reader that has stopped reading never drains the pipe: the process ends all the same.
    setTimeout(() => process.exit(code), DRAIN_GRACE_MS).unref();
  });

if (command !== null) {
  process.stdout.write(`${answerLine(command)}\n`);
} else {
  const problem = stdinProblem();
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(2);
  }
  // One output line per input line, blank lines included, so callers can pair them up. Only a
  // failed read is said as one (a fault while answering is not stdin's).
  const lines = readLines(process.stdin);
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (error) {
      process.stderr.write(`${stdinReadError(error)}\n`);
      process.exit(2);
    }
    if (next.done || stopping) break;
    if (!json && !next.value.trim()) continue;
    await writeAnswer(`${answerLine(next.value)}\n`);
  }
}
