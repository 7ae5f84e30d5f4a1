import type { Answer, Offer } from '../core/types.js';
import { commandNamed } from './commands.js';

// The commands an answer's suggestions run, carried beside their labels: a label may say more
// than its command (3月8日（2条）, 仍要查找原词：/search "口照", a bare place name /country offers),
// and an adapter that read the command back out of the label had to know every such wording.
// An answer states the offers whose label is not their command; a suggestion that is a command
// as typed (/search 白皮书) is its own.

/** A suggestion `label` that runs `command`. */
export const offer = (label: string, command: string): Offer => ({ label, command });

/** A command as typed with something to ask (/date 3月18日); /help and hints (用更短的关键词) are none. */
function isCommandLine(text: string): boolean {
  const [, name = '', query = ''] = /^\/(\S+)\s+(\S[\s\S]*)$/u.exec(text) ?? [];
  return query !== '' && commandNamed(name) !== null;
}

/** The answer with an offer for each suggestion that runs a command: its stated one, or itself when it is a command. */
export function withOffers(answer: Answer, stated: readonly Offer[] = answer.offers ?? []): Answer {
  const offers = answer.suggestions.flatMap((label) => {
    const own = stated.find((o) => o.label === label);
    return own ? [own] : isCommandLine(label) ? [offer(label, label)] : [];
  });
  return { ...answer, offers };
}

/** A suggestion as an answer is given it: a label, or an offer (label and command). */
export type Suggested = string | Offer;

/** What a suggestion runs when chosen: its command, or its label when that is no command. */
const runs = (s: Suggested): string => (typeof s === 'string' ? s : s.command);

/**
 * Suggestions as an answer carries them: their labels, and the offers stated among them. One that
 * runs what an earlier one runs is left out (/date 2026年清明 offered /date 4月5日 and 4月5日（1条）).
 */
export function suggested(list: readonly Suggested[]): Pick<Answer, 'suggestions' | 'offers'> {
  const unique = list.filter((s, i) => list.findIndex((t) => runs(t) === runs(s)) === i);
  const offers = unique.filter((s): s is Offer => typeof s !== 'string');
  return { suggestions: unique.map((s) => (typeof s === 'string' ? s : s.label)), ...(offers.length ? { offers } : {}) };
}

/** An answer's suggestions with the offers it states, to be given again (an answer built on another's). */
export function suggestionsOf(answer: Answer): Suggested[] {
  return answer.suggestions.map((label) => answer.offers?.find((o) => o.label === label) ?? label);
}
