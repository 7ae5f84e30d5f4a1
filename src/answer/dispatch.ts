import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { stripDiscordMarkup } from '../text/discord-markup.js';
import { cutGraphemes } from '../text/graphemes.js';
import { errorAnswer } from './answer-shape.js';
import { COMMANDS, isKnownCommand, type KnownCommand } from './commands.js';
import { answerContext } from './context.js';
import { answerCountry } from './country.js';
import { answerDate } from './date.js';
import { answerFreeText } from './free-text.js';
import { answerAbout, answerHelp } from './help.js';

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

/** Runs one request. User mistakes come back as answers with `error`; nothing here throws for input. */
export function dispatch(services: Services, request: AnswerRequest): Answer {
  const command = request.command.trim().replace(/^\//, '').toLowerCase();
  if (!isKnownCommand(command)) {
    const list = COMMANDS.map((c) => `/${c.name}`).join('、');
    return errorAnswer(request, {
      code: 'unknown-command',
      message: `不认识的命令“/${cutGraphemes(command, 30, '…')}”。可用命令：${list}。输入 /help 查看用法。`,
    });
  }
  return HANDLERS[command](services, { ...request, command, query: stripDiscordMarkup(request.query) });
}
