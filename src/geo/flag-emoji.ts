// Flag emoji are two regional indicator symbols spelling an ISO alpha-2 code (🇮🇹 = I + T), so a
// flag typed for /country is read as that code (🇪🇺 as EU).

const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const INDICATOR = /[\u{1F1E6}-\u{1F1FF}]/u;
const BASE = 0x1f1e6;
/** What may stand between flags (spaces, marks such as 、 or 和), once the flags are taken out. */
const BETWEEN_FLAGS = /^[\s\p{P}\p{S}和与及]*$/u;

const codeOf = (flag: string): string => [...flag].map((c) => String.fromCharCode(65 + (c.codePointAt(0) ?? BASE) - BASE)).join('');

export function flagsToCodes(text: string): string {
  return text.replace(FLAG, codeOf);
}

/**
 * The codes of a text made of flags alone (🇺🇸🇮🇹 → US, IT), each once; null when it holds
 * anything else (a stray half flag included). Flags typed side by side would otherwise join into
 * one unknown code (USIT). Checked by removing the flags, not by one pattern with repeated groups:
 * that one backtracked exponentially on a run of flags followed by a letter.
 */
export function flagsOnly(text: string): string[] | null {
  const flags = text.match(FLAG);
  if (!flags) return null;
  const rest = text.replace(FLAG, '');
  if (INDICATOR.test(rest) || !BETWEEN_FLAGS.test(rest)) return null;
  return [...new Set(flags.map(codeOf))];
}
