// Whether a token has a letter or digit, or a Han character: asked of every token of every
// sentence when the index is built (millions at 100× the corpus), so answered from a table per
// code unit, filled by the same regular expressions as met; a token with a surrogate pair is
// handed to the expressions whole.

const MEANINGFUL = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

const KNOWN = 1;
const LETTER_OR_DIGIT = 2;
const HAN_CHARACTER = 4;

const table = new Uint8Array(0x10000);

function classOf(unit: number): number {
  let flags = table[unit]!;
  if (flags === 0) {
    const ch = String.fromCharCode(unit);
    flags = KNOWN | (MEANINGFUL.test(ch) ? LETTER_OR_DIGIT : 0) | (HAN.test(ch) ? HAN_CHARACTER : 0);
    table[unit] = flags;
  }
  return flags;
}

function has(token: string, flag: number, expression: RegExp): boolean {
  for (let i = 0; i < token.length; i++) {
    const unit = token.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return expression.test(token);
    if (classOf(unit) & flag) return true;
  }
  return false;
}

/** /[\p{L}\p{N}]/u.test(token) */
export const hasLetterOrDigit = (token: string): boolean => has(token, LETTER_OR_DIGIT, MEANINGFUL);

/** /\p{Script=Han}/u.test(token) */
export const hasHan = (token: string): boolean => has(token, HAN_CHARACTER, HAN);
