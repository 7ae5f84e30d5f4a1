import type { AnswerRequest } from '../core/types.js';

// Reads what a user types in the console or sends in JSON mode: "/date 3月18日", "/help", or a
// bare question (taken as /ask). Full-width slash and spaces are accepted as typed on Chinese IMEs.

export function parseCommandLine(line: string): AnswerRequest {
  const text = line.replace(/^\uFEFF/, '').trim();
  const match = /^[/／]([^\s\u3000]*)[\s\u3000]*([\s\S]*)$/.exec(text);
  if (!match) return { command: 'ask', query: text };
  return { command: (match[1] ?? '').toLowerCase(), query: (match[2] ?? '').trim() };
}
