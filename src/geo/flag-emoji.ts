// Flag emoji are two regional indicator symbols spelling an ISO alpha-2 code (🇮🇹 = I + T), so a
// flag typed for /country is read as that code (🇪🇺 as EU).

const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const BASE = 0x1f1e6;
/** Flags and what may stand between them (spaces, marks such as 、 or 和). */
const ONLY_FLAGS = /^(?:[\s\p{P}\p{S}和与及]*[\u{1F1E6}-\u{1F1FF}]{2})+[\s\p{P}\p{S}和与及]*$/u;

const codeOf = (flag: string): string => [...flag].map((c) => String.fromCharCode(65 + (c.codePointAt(0) ?? BASE) - BASE)).join('');

export function flagsToCodes(text: string): string {
  return text.replace(FLAG, codeOf);
}

/**
 * The codes of a text made of flags alone (🇺🇸🇮🇹 → US, IT), each once; null when it holds
 * anything else. Flags typed side by side would otherwise join into one unknown code (USIT).
 */
export function flagsOnly(text: string): string[] | null {
  if (!ONLY_FLAGS.test(text)) return null;
  return [...new Set(text.match(FLAG)?.map(codeOf) ?? [])];
}
