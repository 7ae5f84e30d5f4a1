import { pagesOf } from '../answer/answer-shape.js';
import { parseCommandLine } from '../answer/command-line.js';
import { commandNamed } from '../answer/commands.js';
import { type Locale, say, typedInEnglish } from '../answer/locale.js';
import { packedPage, upToEntries } from '../answer/pack-pages.js';
import type { Engine } from '../core/engine-api.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { CONSOLE_HELP } from './console-help.js';
import { renderAnswerText } from './render-text.js';
import { PLAIN_STYLE, type TextStyle } from './text-style.js';

// The console's state between lines: the last request, so /next and /prev can page through it.
// Everything else is the same command set as Discord, answered by the same engine.

export const CONSOLE_PAGE_SIZE = 5;
/** A /date page: whole days up to this many entries, and a day of any length whole. */
export const CONSOLE_DAY_PAGE_ENTRIES = 10;

export type ConsoleReply = { text: string; quit: boolean };

/**
 * Words a console user types bare, out of habit from other prompts, to get help or to leave:
 * taken as those commands, not as questions (a bare "quit" used to be asked, and answered with
 * sentences). Asking about the word itself stays possible with /ask.
 */
const BARE_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['help', 'help'],
  ['?', 'help'],
  ['？', 'help'],
  ['帮助', 'help'],
  ['quit', 'quit'],
  ['exit', 'quit'],
  ['退出', 'quit'],
]);

/**
 * A command typed without its slash ("date 3月18日", "search 健康丝绸之路"): users of other
 * prompts leave it out, and asked as a question the command word was translated and matched.
 */
const UNSLASHED = /^(ask|search|date|country|context)[\s\u3000]+(\S[\s\S]*)$/i;

function consoleRequest(line: string): AnswerRequest {
  const bare = BARE_COMMANDS.get(line.toLowerCase());
  if (bare) return { command: bare, query: '' };
  const unslashed = UNSLASHED.exec(line);
  if (unslashed) return { command: unslashed[1]!.toLowerCase(), query: unslashed[2]!.trim() };
  return parseCommandLine(line);
}

const fitsScreen = upToEntries(CONSOLE_DAY_PAGE_ENTRIES);

export function createConsoleSession(engine: Engine, style: TextStyle = PLAIN_STYLE) {
  let last: AnswerRequest | null = null;
  let lastPages = 1;
  /** The last command answered with nothing to page (an error, no results): /next says so. */
  let lastHadNoItems = false;

  // A question typed in English is answered with English messages (the excerpts stay verbatim).
  const localeFor = (request: AnswerRequest): Locale => (typedInEnglish(request.command, request.query) ? 'en' : 'zh');
  const answer = (typed: AnswerRequest): Answer => {
    const request: AnswerRequest = { ...typed, locale: localeFor(typed) };
    // By what the name stands for: /日期 and ／ｄａｔｅ are /date, and page by whole days too.
    return commandNamed(request.command) === 'date'
      ? packedPage(engine.answer({ ...request, whole: true }), request.page ?? 1, fitsScreen)
      : engine.answer(request);
  };

  const run = (request: AnswerRequest): string => {
    const shown = answer(request);
    last = { ...request, page: shown.page };
    lastPages = pagesOf(shown);
    lastHadNoItems = shown.items.length === 0;
    const text = renderAnswerText(shown, style, undefined, localeFor(request));
    return request.command === 'help' ? `${text}\n${CONSOLE_HELP}` : text;
  };

  return {
    handle(line: string): ConsoleReply {
      const trimmed = line.trim();
      if (!trimmed) return { text: '', quit: false };
      const request = consoleRequest(trimmed);
      // The console's own words follow the language of the last question (English after an English one).
      const locale = last ? localeFor(last) : 'zh';
      if (request.command === 'quit' || request.command === 'exit') return { text: say(locale, '再见！', 'Goodbye!'), quit: true };
      if (request.command === 'next' || request.command === 'prev') {
        if (!last) return { text: '还没有可以翻页的结果。先输入一个命令，例如 /date 3月18日', quit: false };
        if (lastHadNoItems)
          return { text: say(locale, '上一条命令没有可以翻页的结果。', 'The last command had no results to page through.'), quit: false };
        const page = (last.page ?? 1) + (request.command === 'next' ? 1 : -1);
        if (page < 1 || page > lastPages) {
          const text =
            request.command === 'next'
              ? say(locale, '已经是最后一页。', 'This is the last page.')
              : say(locale, '已经是第一页。', 'This is the first page.');
          return { text, quit: false };
        }
        return { text: run({ ...last, page }), quit: false };
      }
      return { text: run({ ...request, page: 1, pageSize: CONSOLE_PAGE_SIZE }), quit: false };
    },
  };
}
