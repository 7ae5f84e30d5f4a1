import { groupedDigits } from '../text/digit-groups.js';
import { toSimplified } from '../text/normalize.js';
import type { RankedPassage } from './ranked-passage.js';

// "林晓岚的手机号是多少", "林晓岚电话": a question asking a phone number wants the line giving one,
// which writes no word of it (a signature's `Tel: +86 571-8765 4321   Mobile: +86 139 5710 2266`):
// ranked, the sender's other lines (her subject line, her greeting) came first. The lines giving a
// phone number are listed first, in the order ranking put them (the person named ranks theirs first).

/**
 * Words asking a phone number: 手机号, 号码, 联系方式, 座机, 电话 or 手机 closing the question or before
 * 是/多少/号 (not 通了电话, a call made), "phone number". 号码 after what names another number
 * (身份证号码, 护照号码, 银行卡号码, 账户号码, 订单号码, 车牌号码, 房间号码, 编号号码) asks that one: a
 * lease's bank account, written in groups, came before the line giving 身份证号.
 */
const ASKED =
  /手机号|(?<![证照卡账户单牌间编])号码|联系方式|座机|(?<![通打来回接致]了?)(?:电话|手机)(?=是|多少|号|[？?]?$)|\b(?:phone|telephone|mobile|cell) (?:number|no)\b|\bcontact (?:details|number)\b/iu;

/** A phone's label before a number (Tel: +86…, 手机：139…, Mobile +49…). */
const LABELLED = /(?:电话|手机|座机|传真|\b(?:tel|phone|telephone|mobile|cell|fax))\.?\s*[:：]?\s*\+?\(?\d/iu;

/** A phone number's digits at most, its country code counted (ITU E.164): a bank card's 16 to 19 are no phone. */
const PHONE_DIGITS_AT_MOST = 15;

/** Whether a text gives a phone number: a label before a number, or a long number written in groups, no longer than a phone's. */
const givesPhone = (text: string): boolean =>
  LABELLED.test(text) || groupedDigits(text).some((digits) => digits.length <= PHONE_DIGITS_AT_MOST);

/** `ranked` with the lines giving a phone number first when the question asks one; as it is otherwise. */
export function phoneLinesFirst(question: string, ranked: readonly RankedPassage[]): readonly RankedPassage[] {
  if (!ASKED.test(toSimplified(question))) return ranked;
  const giving = ranked.filter((r) => givesPhone(toSimplified(r.passage.text)));
  if (!giving.length) return ranked;
  return [...giving, ...ranked.filter((r) => !giving.includes(r))];
}
