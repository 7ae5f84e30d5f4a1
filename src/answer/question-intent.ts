import { toSimplified } from '../text/normalize.js';

// What kind of sentence a question wants, read from its wording. A question about what someone
// said wants the sentence carrying the reported speech (习近平指出…), not the one announcing the
// call; "how many" wants a sentence with a figure; "when" one with a date (in the digit-stripped
// white paper a lost date still leaves its 年月日 behind). Each intent nudges ranking only.

interface Intent {
  name: string;
  asked: RegExp;
  answeredBy: RegExp;
  boost: number;
  /** Words a sentence answering it holds, which the question does not (出生 for an age): the asked part's words. */
  cues?: readonly string[];
  /** Intents this one stands for when both are read (多大年纪 asks an age, not any figure). */
  displaces?: readonly string[];
}

/** Words asking when. */
export const TIME_ASKED = /什么时候|何时|哪天|哪一天|哪年|哪一年|几月|几点|日期|\bwhen\b|what (date|year|time)|which year/i;

/** Words asking where. */
export const PLACE_ASKED = /在哪|哪里|哪裡|哪儿|何处|何地|什么地方|什么地点|(?<![a-z])where(?![a-z])/iu;
/** Labels of a field giving a place (地点：…, 会场：…). */
const PLACE_LABELS = '地点|地址|会场|会议地点|举办地点|举行地点|场地|场所|位置|venue|location|place|address';
/** A place field's label (labelled-fields.ts). */
export const PLACE_LABEL = new RegExp(`^(?:${PLACE_LABELS})$`, 'iu');

const INTENTS: readonly Intent[] = [
  {
    name: 'speech',
    // Reported content: what someone said, offered, promised or proposed (答应了什么, "offer").
    asked:
      /怎么说|说了|说什么|怎么讲|讲了|表示|形容|评价|认为|怎么看|看法|态度|表态|回应|呼吁|提了什么|提出|要求|要不要|希望|答应|承诺|保证|提议|建议|\b(say|said|says|ask|asked|tell|told|describe|call(ed)? for|urge|view|offer(ed|s)?|promise[ds]?|pledge[ds]?|propose[ds]?|suggest(ed|s)?|stress(ed|es)?|agree[ds]?|commit(ted|s)?)\b/i,
    answeredBy: /表示|指出|强调|说|认为|称|呼吁|希望|要求|愿|主张|评价|赞赏|承诺|提出|将/,
    boost: 1.35,
  },
  {
    name: 'quantity',
    // How long, how big, how much it costs ask for a figure as much as 多少 does.
    asked: /多少|几个|几名|几天|几批|几条|几国|数量|规模|多久|多长|多大|多重|多高|多远|价格|售价|\bhow (many|much|long|big|far|often)\b/i,
    answeredBy: /\d|[一二两三四五六七八九十百千万亿]+(个|名|人|国|次|批|天|家|条|例|架|吨|万|亿)/,
    boost: 1.3,
  },
  {
    name: 'time',
    asked: TIME_ASKED,
    // A year (哪一年: 2015年), a weekday or an hour (钓鱼大赛什么时候开始: 每周六晚上9点) answers it too.
    // A day in numerals too (二〇二五年十二月二十九日, as a judgment is dated).
    answeredBy:
      /\d+月\d+日|\d+日|年月日|月日|月中旬|月下旬|月上旬|\d{4}年|\d+点|周[一二三四五六日末]|星期[一二三四五六日天]|[〇零一二三四五六七八九十]月[一二三四五六七八九十廿卅]{1,3}日/,
    boost: 1.3,
  },
  {
    name: 'place',
    // A document's place field (会议在哪里举行: 地点：杭州市西湖区…), which shares no word with the
    // question: admitted to compete when asked where (labelled-fields.ts), weighed as any answer of the kind asked.
    asked: PLACE_ASKED,
    answeredBy: new RegExp(`^\\s*(?:${PLACE_LABELS})\\s*[：:]\\s*\\S`, 'iu'),
    boost: 1.3,
  },
  {
    name: 'age',
    // How old someone is: a party's line gives the birth date (…，1991年7月14日出生), not the age.
    asked: /多大年纪|多大岁数|年纪|年龄|岁数|多少岁|几岁|多大了|\bhow old\b|\bage[ds]?\b/i,
    answeredBy: /出生|生于|出世|\d+\s*(?:周岁|岁)|\bborn\b|\baged\s+\d/i,
    boost: 1.5,
    cues: ['出生'],
    displaces: ['quantity'],
  },
];

/** The intents a question expresses, each with the sentence pattern that answers it. */
export function questionIntents(question: string): readonly Intent[] {
  const asked = INTENTS.filter((intent) => intent.asked.test(question));
  return asked.filter((intent) => !asked.some((other) => other.displaces?.includes(intent.name)));
}

/** The words answering sentences of the question's intents hold (see Intent.cues). */
export const intentCues = (question: string): string[] => questionIntents(question).flatMap((intent) => intent.cues ?? []);

/** Product of the boosts of the intents this sentence answers. */
export function intentBoost(intents: readonly Intent[], sentence: string): number {
  let boost = 1;
  for (const intent of intents) if (intent.answeredBy.test(sentence)) boost *= intent.boost;
  return boost;
}

/** Questions about figures or days, which a digit-stripped copy cannot answer (for a notice, not ranking). */
const ASKS_FOR_FIGURES =
  /多少|几|多久|多长|何时|什么时候|哪天|哪一天|哪年|日期|数字|数量|比例|\d|how (many|much|long|often)|when|what (date|year)|which year|number/i;

export function asksForFigures(question: string): boolean {
  // Traditional questions (幾個, 多長) are read in Simplified, as the pattern is written.
  return ASKS_FOR_FIGURES.test(toSimplified(question));
}

/**
 * Questions about where the documents take something from (注释, 出处, "which source"): the
 * endnotes, which ranking otherwise pushes down because they answer nothing else.
 */
const ASKS_FOR_SOURCE = /注释|脚注|尾注|出处|引自|引的是|来源是|\b(footnote|endnote|source|cited|citation)s?\b/i;

export function asksForSource(question: string): boolean {
  return ASKS_FOR_SOURCE.test(question);
}
