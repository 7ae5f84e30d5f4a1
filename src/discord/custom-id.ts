import { LIMITS } from './limits.js';

// Buttons are stateless: their custom id carries everything needed to answer a click, so they
// keep working after a restart or on another shard. Three shapes:
//   pg:<command>:<page>:<query>   a page of a paged answer (the query is the remainder, any text)
//   pm:<command>:<page>           the same for a query too long for 100 characters (an English
//                                 question of 92+): the query is read back from the clicked
//                                 message's title, which holds it whole (answer-frame.ts)
//   cx:<passage id>               the context around one passage
//   go:<command>:<query>          a command a notice suggests, run as if typed (a new reply);
//   gp:<command>:<query>          the same under a private: true command's notice (answered privately)
//   gn:<command>:<page>:<query>   a command run at a page (a page past the end's "last page"), a new reply;
//   gq:<command>:<page>:<query>   the same, answered privately
// Only when the title cannot hold the query either does the renderer leave the page buttons out
// and point to the command's `page` option (decided over a hash → query store, which would be
// state and would not survive a restart or another shard).

const PAGED_COMMANDS = ['ask', 'search', 'date', 'country'] as const;
export type PagedCommand = (typeof PAGED_COMMANDS)[number];

/** A page turn; `query` null: read it from the clicked message (a `pm:` id). */
export type ButtonAction =
  | { kind: 'page'; command: PagedCommand; page: number; query: string | null }
  | { kind: 'context'; id: string }
  | { kind: 'run'; command: PagedCommand; query: string; privately?: true; page?: number };

/** The commands answered a page at a time (/context is one view; /help and /about are not answers). */
export function isPagedCommand(value: string): value is PagedCommand {
  return (PAGED_COMMANDS as readonly string[]).includes(value);
}

/** The custom id for an action, or null when it would exceed Discord's 100 characters. */
export function encodeCustomId(action: ButtonAction): string | null {
  const id =
    action.kind === 'context'
      ? `cx:${action.id}`
      : action.kind === 'run'
        ? action.page !== undefined && action.page > 1
          ? `${action.privately ? 'gq' : 'gn'}:${action.command}:${action.page}:${action.query}`
          : `${action.privately ? 'gp' : 'go'}:${action.command}:${action.query}`
        : action.query === null
          ? `pm:${action.command}:${action.page}`
          : `pg:${action.command}:${action.page}:${action.query}`;
  return id.length <= LIMITS.customId ? id : null;
}

/** Parses a custom id; anything malformed or forged gives null (answered politely by the caller). */
export function decodeCustomId(customId: string): ButtonAction | null {
  if (customId.length > LIMITS.customId) return null;
  if (customId.startsWith('cx:')) {
    const id = customId.slice(3);
    return id.length > 0 ? { kind: 'context', id } : null;
  }
  const run = /^g([op]):([a-z]+):([\s\S]+)$/.exec(customId);
  if (run) {
    const [, mode, command = '', query = ''] = run;
    if (!isPagedCommand(command)) return null;
    return mode === 'p' ? { kind: 'run', command, query, privately: true } : { kind: 'run', command, query };
  }
  const runAt = /^g([nq]):([a-z]+):(\d{1,4}):([\s\S]+)$/.exec(customId);
  if (runAt) {
    const [, mode, command = '', pageText = '', query = ''] = runAt;
    const page = Number(pageText);
    if (!isPagedCommand(command) || page < 1) return null;
    return mode === 'q' ? { kind: 'run', command, query, page, privately: true } : { kind: 'run', command, query, page };
  }
  const match = /^pg:([a-z]+):(\d{1,4}):([\s\S]+)$/.exec(customId) ?? /^pm:([a-z]+):(\d{1,4})$/.exec(customId);
  if (!match) return null;
  const [, command = '', pageText = '', query] = match;
  const page = Number(pageText);
  if (!isPagedCommand(command) || page < 1) return null;
  return { kind: 'page', command, page, query: query ?? null };
}

/** A result's suggestion buttons (go:) made private (gp:): a private: true command's offers answer privately too. */
export function privateRuns(customId: string): string {
  if (customId.startsWith('go:')) return `gp:${customId.slice(3)}`;
  return customId.startsWith('gn:') ? `gq:${customId.slice(3)}` : customId;
}
