import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { stripDiscordMarkup } from '../text/discord-markup.js';
import { cutGraphemes } from '../text/graphemes.js';
import { visibleText } from '../text/invisible-characters.js';
import { toSimplified } from '../text/normalize.js';
import { errorAnswer } from './answer-shape.js';
import { COMMANDS, closestCommand, commandNamed, type KnownCommand } from './commands.js';
import { answerContext } from './context.js';
import { answerCountry } from './country.js';
import { answerDate } from './date.js';
import { withTimestampsAsDays } from './date-input.js';
import { answerFreeText } from './free-text.js';
import { answerAbout, answerHelp } from './help.js';
import { listed, localeOf, say } from './locale.js';
import { withOffers } from './offers.js';
import { isPlainKeywords } from './plain-keywords.js';
import { MAX_QUERY_LENGTH, queryLength } from './validate-query.js';

type Handler = (services: Services, request: AnswerRequest) => Answer;

const HANDLERS: Record<KnownCommand, Handler> = {
  ask: (s, r) => answerFreeText(s, r, 'ask'),
  search: (s, r) => answerFreeText(s, r, 'search'),
  date: answerDate,
  country: answerCountry,
  context: answerContext,
  help: answerHelp,
  about: answerAbout,
};

/**
 * Runs one request. User mistakes come back as answers with `error`; nothing here throws for input.
 * `shortcuts`: whether Chinese keywords alone skip the readings they cannot need (plain-keywords.ts); off only to compare.
 */
export function dispatch(services: Services, raw: AnswerRequest, shortcuts = true): Answer {
  // Every answer carries the commands its suggestions run, however it was built.
  return withOffers(answerOf(services, raw, shortcuts));
}

function answerOf(services: Services, raw: AnswerRequest, shortcuts: boolean): Answer {
  // Chinese keywords alone hold no markup, timestamp or invisible character to take out: searched as typed.
  if (shortcuts && raw.command === 'search' && isPlainKeywords(raw.query)) return answerFreeText(services, { ...raw }, 'search');
  // What the user can see of the request: it is echoed in answers and messages.
  const request = { ...raw, command: visibleText(raw.command), query: visibleText(raw.query) };
  const command = commandNamed(request.command);
  if (!command) {
    const typed = request.command.trim().replace(/^\//, '');
    const list = COMMANDS.map((c) => `/${c.name}`).join('、');
    const meant = closestCommand(typed);
    const example = meant ? `/${meant}${request.query ? ` ${request.query}` : ''}` : null;
    return errorAnswer(
      request,
      {
        code: 'unknown-command',
        message: say(
          localeOf(request),
          `不认识的命令“/${cutGraphemes(typed, 30, '…')}”。${meant ? `您是不是要找 /${meant}？` : ''}可用命令：${list}。输入 /help 查看用法。`,
          `Unknown command “/${cutGraphemes(typed, 30, '…')}”.${meant ? ` Did you mean /${meant}?` : ''} Commands: ${listed(
            'en',
            COMMANDS.map((c) => `/${c.name}`),
          )}. Type /help for how to use them.`,
        ),
      },
      example ? [cutGraphemes(example, 100, '…')] : [],
    );
  }
  // /date reads a timestamp itself (echoing the day it is); the others read it as a day written in
  // words, unless the days written take more room than the query may (a query within the limit as
  // typed is never refused for what the bot wrote into it).
  const asDays = stripDiscordMarkup(command === 'date' ? request.query : withTimestampsAsDays(request.query));
  const query = queryLength(asDays) <= MAX_QUERY_LENGTH ? asDays : stripDiscordMarkup(request.query);
  // Only mentions, emoji or a link: said so, rather than "please type keywords" to someone who typed.
  if (QUERIED.has(command) && !query && request.query.trim())
    return errorAnswer(request, {
      code: 'empty-query',
      message: say(
        localeOf(request),
        '提及（@everyone、@某人、#频道）、自定义表情和链接不作为查询内容，请输入要查找的文字。',
        'Mentions (@everyone, @someone, #channel), custom emoji and links are not read as words: please type what to look for.',
      ),
    });
  // "/ask help" most likely wants the bot's help: the question is still answered (help may be a
  // word of the documents), and /help named above the results.
  if (command === 'ask' && asksForHelp(query)) {
    const answer = HANDLERS.ask(services, { ...request, command, query });
    const pointer = say(localeOf(request), '想看使用说明？请用 /help。', 'Looking for how to use the bot? Type /help.');
    return { ...answer, message: [pointer, answer.message].filter(Boolean).join('\n'), suggestions: [...answer.suggestions, '/help'] };
  }
  if (command === 'search') return answerFreeText(services, { ...request, command, query }, 'search', true, shortcuts);
  return HANDLERS[command](services, { ...request, command, query });
}

/** Commands that read their query: those whose usage names an argument (/help and /about take none). */
const QUERIED = new Set<string>(COMMANDS.filter((c) => /\s/.test(c.usage)).map((c) => c.name));
/** A question that is only a call for help (帮助 alone is not: aid is what the documents are about). */
const HELP_WORDS = new Set(['help', '使用说明', '使用說明', '怎么用', '怎麼用']);

/** What the bot is asked about itself: "怎么用这个机器人", "你能做什么", "What can you do?". */
const ASKS_ABOUT_THE_BOT = new RegExp(
  '^(?:请问)?(?:你|您|你们|这个机器人|机器人|bot|这个bot)?' +
    '(?:怎么用|怎么使用|如何使用|怎样使用|用法|使用方法|能做什么|可以做什么|能干什么|会做什么|会什么|能回答什么(?:问题)?|可以回答什么(?:问题)?|可以问什么(?:问题)?|能问什么(?:问题)?|有什么功能|有哪些功能|有哪些命令|有什么命令|支持哪些命令)' +
    '(?:你|您|这个机器人|机器人|bot|这个bot)?(?:呢|啊|吗)?$' +
    '|^(?:how(?:do|can)?i(?:use)?(?:this|the)?(?:bot|you)|howtouse(?:this|the)?(?:bot|you)|whatcanyoudo|whatcaniask(?:you)?|whatcommandsarethere)$',
  'u',
);

/** Whether a question asks only for the bot's help, in either script. */
function asksForHelp(query: string): boolean {
  const bare = toSimplified(query)
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
  return HELP_WORDS.has(bare) || ASKS_ABOUT_THE_BOT.test(bare);
}
