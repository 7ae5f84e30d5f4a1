import { readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument, Passage } from '../core/types.js';
import { chineseNumeralValue } from '../query/date-normalize.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { speakerTurns } from './speaker-turns.js';

// "第10分钟在讲什么", "00:12:30": a question naming a moment of a recording asks for what was said
// then. Ranked, its digits matched any sentence writing 10 or 30 (冰糖 30g, 全程1小时10分钟); the
// answer is the transcript's turns at that time, whole and in order (speaker-turns.ts).

/** A timecode as transcripts write it: hours, minutes, seconds. */
const HMS = /(?<![\d:：])(\d{1,2})[:：]([0-5]\d)[:：]([0-5]\d)(?![\d:：])/u;
const NUMBER = '(\\d{1,3}|[〇零一二两三四五六七八九十百]{1,4})';
/** 10分30秒, 第10分30秒. */
const MINUTE_SECOND = new RegExp(`(?:第\\s*)?${NUMBER}\\s*分(?:钟)?\\s*${NUMBER}\\s*秒`, 'u');
/** 第10分钟: the tenth minute, 00:09:00–00:10:00, as 第一分钟 is the first (第0分钟 reads as the first too). */
const ORDINAL_MINUTE = new RegExp(`第\\s*${NUMBER}\\s*分钟`, 'u');
/**
 * 10分钟处, 10分钟左右在聊什么: the minute from the 10-minute mark. Minutes after a verb of doing or
 * lasting (煮10分钟左右, 需要10分钟) are a duration, and 左右/前后 alone (10分钟左右怎么做) is "about
 * ten minutes": a moment only when what is said then is asked.
 */
const MARK_MINUTE = new RegExp(
  `(?<!(?:需要|要|花|用|煮|炖|蒸|焖|烤|煎|炒|炸|泡|腌|等|静置|醒|约|大约|大概|持续|共|全程|再|多)\\s*)(?<![\\d〇零一二两三四五六七八九十百])${NUMBER}\\s*分钟` +
    '(?=\\s*(?:处|附近|的时候|时|那里|那儿)|\\s*(?:左右|前后)(?=.*[讲说聊谈]))',
  'u',
);
/** "at minute 10", "around the 10-minute mark", "at 10 minutes": the minute from the mark. */
const ENGLISH_MARK = /\b(?:at|around|near)\s+(?:the\s+)?(?:minute\s+(\d{1,3})|(\d{1,3})[-\s]?min(?:ute)?s?(?:\s+mark|\s+in)?)\b/iu;
/** "in the first minute", "the 10th minute": the Nth. */
const ENGLISH_ORDINAL = /\b(?:in\s+)?the\s+(?:(first)|(\d{1,3})(?:st|nd|rd|th))\s+minute\b/iu;
/** Words such a question may hold besides its time, asking nothing more. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    '在 聊 聊了 聊的 聊什么 谈 谈了 谈的 时候 的时候 处 左右 附近 前后 时 那时 那里 那儿 这里 段 一段 这段 那段 播客 节目 音频 录音 文字稿 访谈 对话 人 谁 嘉宾 主持人 主播 正在 ' +
    'at in minute around near said talk talking talked about being discussed discussing happening going on who speaking'
  ).split(' '),
);
/** A moment asked for is read as the minute from it: a turn begun just after is what a listener hears then. */
const MOMENT = 60;
/** The last time a transcript writes (two digits of hours): a span is cut there, not shown running into hour 100. */
const LAST_TIMECODE = 99 * 3600 + 59 * 60 + 59;

const numberOf = (written: string): number | null => (/^\d+$/u.test(written) ? Number(written) : chineseNumeralValue(written));

/** `seconds` as a timecode, 00:12:30. */
const timecode = (seconds: number): string =>
  [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');

interface Moment {
  from: number;
  to: number;
  /** The time as typed. */
  written: string;
}

/** The stretch of a recording a question names, and the question without it, or null. */
function momentIn(question: string): { moment: Moment; rest: string } | null {
  const text = question.normalize('NFKC');
  const hms = HMS.exec(text);
  const minuteSecond = hms ? null : MINUTE_SECOND.exec(text);
  const ordinal = hms || minuteSecond ? null : (ORDINAL_MINUTE.exec(text) ?? ENGLISH_ORDINAL.exec(text));
  const mark = hms || minuteSecond || ordinal ? null : (MARK_MINUTE.exec(text) ?? ENGLISH_MARK.exec(text));
  const found = hms ?? minuteSecond ?? ordinal ?? mark;
  if (!found) return null;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;
  let from: number | null;
  if (hms) from = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  else if (minuteSecond) {
    const [m, s] = [numberOf(minuteSecond[1]!), numberOf(minuteSecond[2]!)];
    from = m === null || s === null || s >= 60 ? null : m * 60 + s;
  } else if (ordinal) {
    // "the first minute": the English ordinal's word or digits.
    const m = ordinal[1]?.toLowerCase() === 'first' ? 1 : numberOf(ordinal[1] ?? ordinal[2]!);
    from = m === null ? null : Math.max(m - 1, 0) * 60;
  } else {
    const m = numberOf(mark![1] ?? mark![2]!);
    from = m === null ? null : m * 60;
  }
  return from === null ? null : { moment: { from, to: from + MOMENT, written: found[0].trim() }, rest };
}

/** A document's turns written with timecodes (a press conference's turns under names alone have no time). */
const timedTurns = (doc: IngestedDocument) => speakerTurns(doc).filter((turn) => turn.time !== null);

/** The moment a question asks about as a whole, over documents with transcripts, or null. */
export function momentAsked(services: Services, question: string): Moment | null {
  if (!services.library.documents.some((doc) => timedTurns(doc).length)) return null;
  // In Simplified: 第10分鐘 is 第10分钟.
  const read = momentIn(toSimplified(question));
  if (!read) return null;
  const words = services.tokenizer.tokenize(read.rest).words;
  const nothingMore = words.every(
    (w) => GENERIC_SECTION_WORDS.has(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()) || /^[\p{P}\p{S}\s]*$/u.test(w),
  );
  return nothingMore ? read.moment : null;
}

/** Every transcript's turns under way in the moment, whole and in order; why none when none is. */
export function answerMoment(services: Services, request: AnswerRequest, moment: Moment): Answer {
  const locale = localeOf(request);
  const sentences: Passage[] = [];
  let last = 0;
  for (const doc of services.library.documents) {
    const turns = timedTurns(doc);
    const order = readingOrder(doc);
    turns.forEach((turn, i) => {
      last = Math.max(last, turn.seconds);
      // The last turn's length is not written: taken as a moment's (a time past the recording's end finds nothing).
      const ends = turns[i + 1]?.seconds ?? turn.seconds + MOMENT;
      if (turn.seconds < moment.to && ends > moment.from)
        for (const { passage } of order.slice(turn.start, turn.end)) sentences.push(passage);
    });
  }
  // The time as typed, when it is not the timecode already (第10分钟, 3分20秒).
  const typed = moment.written === timecode(moment.from) ? '' : `（${moment.written}）`;
  const typedEn = typed && ` (${moment.written})`;
  const span = `${timecode(moment.from)}–${timecode(Math.min(moment.to, LAST_TIMECODE))}`;
  const said = sentences.length
    ? say(
        locale,
        `按时间码${span}${typed}列出这段对话，共${sentences.length}句，按原文顺序。`,
        `The conversation at ${span}${typedEn}: ${sentences.length} sentences, in order.`,
      )
    : say(
        locale,
        `时间码${span}${typed}没有对话：文字稿的时间码到${timecode(last)}为止。`,
        `Nothing is said at ${span}${typedEn}: the transcripts' timecodes end at ${timecode(last)}.`,
      );
  const cut =
    moment.to > LAST_TIMECODE
      ? say(locale, `时间码最多到${timecode(LAST_TIMECODE)}。`, ` Timecodes go up to ${timecode(LAST_TIMECODE)}.`)
      : '';
  const message = said + cut;
  return pagedAnswerOf(request, sentences, (passage) => passageItem(services, passage, 1, [], null), { message });
}
