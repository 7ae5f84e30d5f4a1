import type { AnswerRequest } from '../core/types.js';
import { COMMAND_NAMES } from './commands.js';

// Reads what a user types in the console or sends in JSON mode: "/date 3月18日", "/help", or a
// bare question (taken as /ask). Full-width slash and spaces are accepted as typed on Chinese IMEs.

export function parseCommandLine(line: string): AnswerRequest {
  // Invisible format characters before the slash (a BOM, RLM/LRM, ZWSP, bidi controls pasted
  // with the text) must not turn "/date …" into a question.
  const text = line.replace(/^[\p{Cf}\s]+/u, '').trim();
  const match = /^[/／]([^\s\u3000]*)[\s\u3000]*([\s\S]*)$/.exec(text);
  if (!match) return { command: 'ask', query: text };
  const typed = match[1] ?? '';
  const rest = (match[2] ?? '').trim();
  const runIn = rest ? null : splitRunIn(typed);
  if (runIn) return runIn;
  return { command: typed.toLowerCase(), query: rest };
}

/**
 * A command name run into its argument ("/date3月18日", "/country意大利"): the name, when what
 * follows it cannot continue a name (a letter would: "/dated" is not /date).
 */
function splitRunIn(typed: string): AnswerRequest | null {
  const folded = typed.normalize('NFKC');
  const lower = folded.toLowerCase();
  for (const name of COMMAND_NAMES) {
    if (lower.length <= name.length || !lower.startsWith(name)) continue;
    const query = folded.slice(name.length);
    if (/^[a-z]/i.test(query) && /^[a-z]/.test(name)) continue;
    return { command: name, query: query.trim() };
  }
  return null;
}
