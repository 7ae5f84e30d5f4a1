// Flag emoji are two regional indicator symbols spelling an ISO alpha-2 code (🇮🇹 = I + T), so a
// flag typed for /country is read as that code (🇪🇺 as EU).

const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const BASE = 0x1f1e6;

export function flagsToCodes(text: string): string {
  return text.replace(FLAG, (flag) => [...flag].map((c) => String.fromCharCode(65 + (c.codePointAt(0) ?? BASE) - BASE)).join(''));
}
