import type { Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { atPlace, readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, IngestedDocument, Passage } from '../core/types.js';
import { toSimplified } from '../text/normalize.js';
import { pagedAnswerOf } from './answer-shape.js';
import { asksNothingMore } from './asks-nothing-more.js';
import { GENERIC_SECTION_WORDS } from './generic-question-words.js';
import { counted, listed, localeOf, say } from './locale.js';
import { nameCallings, whoAskedAt } from './name-callings.js';
import { passageItem } from './passage-item.js';
import { sentenceAsks } from './sentence-asks.js';
import { speakerTurns, type Turn } from './speaker-turns.js';

// "何文涛说了什么", "小满说了什么": a question naming a transcript's speaker and asking nothing more
// asks for what they said, as one naming a thread's author asks for their posts (post-question.ts).
// Ranked, it listed the sentences writing the verb 说 and the answers to their questions; their
// turns are listed instead, whole and in order. Asking more (苏晓梅怎么说香港企业的), it is ranked,
// their own sentences raised (speaker-field.ts).

/** Words that ask what a speaker said and nothing more. */
const TURN_QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC_SECTION_WORDS,
  ...'说 讲 发言 回答 回答了 答 谈到 说过 讲过 都 什么 哪些 内容 话 said say says answer answered'.split(' '),
]);
/**
 * Asking which questions a speaker answered (苏晓梅回答了什么问题, 何文涛答了哪些提问, 被问了什么):
 * the answers alone never said what was asked, so each answer is listed after the question it answers.
 */
const QUESTIONS_ANSWERED =
  /(?:回答|答复|解答|答)了?(?:什么|哪些|哪几个|哪个|几个)(?:样的)?(?:问题|提问)|被问了?(?:到)?(?:什么|哪些)(?:问题)?/u;
/** 请问 in a sentence: it asks, whatever ends it (请问蘇副關長，…措施。). */
const POLITELY_ASKS = /请问|請問/u;

/** The documents with speakers' turns (once per library). */
const transcriptsOf = memoized((library: Library) => library.documents.filter((doc) => speakerTurns(doc).length));

/** The sentences of the turns of the speakers a question names and asks nothing more of, in order, with the speakers; null otherwise. */
function turnsAsked(
  services: Services,
  query: string,
): { speakers: string[]; turns: number; sentences: Passage[]; questions: number } | null {
  const transcripts = transcriptsOf(services.library);
  if (!transcripts.length) return null;
  const typed = toSimplified(query.normalize('NFKC'));
  const answered = QUESTIONS_ANSWERED.test(typed);
  let rest = typed.replace(QUESTIONS_ANSWERED, ' ');
  const who = whoAskedAt(rest);
  const named = new Set<string>();
  for (const { who: speaker, name } of nameCallings(services.library, 'speaker')) {
    const at = rest.indexOf(name);
    if (at < 0 || at > who) continue;
    named.add(speaker);
    rest = rest.split(name).join(' ');
  }
  if (!named.size || !asksNothingMore(services, rest, TURN_QUESTION_WORDS)) return null;
  const sentences: Passage[] = [];
  let turns = 0;
  let questions = 0;
  for (const doc of transcripts) {
    const order = readingOrder(doc);
    const all = speakerTurns(doc);
    for (const [i, turn] of all.entries()) {
      if (!named.has(turn.speaker)) continue;
      const asking = answered ? questionBefore(doc, all, i) : null;
      // Asked what they answered, a turn answering nothing asked (an opening statement) is none of it.
      if (answered && !asking) continue;
      turns++;
      if (asking) {
        questions++;
        // Up to the answer: a note after the question (（翻译：…）, a spoken question's translation) is read with it.
        for (const at of order.slice(asking.start, turn.start)) sentences.push(atPlace(at));
      }
      for (const at of order.slice(turn.start, turn.end)) sentences.push(atPlace(at));
    }
  }
  // None of their turns answers a question: asked of the text, ranked.
  if (answered && !questions) return null;
  return { speakers: [...named], turns, sentences, questions };
}

/** The turn asking what turn `i` answers: the one just before it, another speaker's, when a sentence of it asks. */
function questionBefore(doc: IngestedDocument, turns: readonly Turn[], i: number): Turn | null {
  const before = turns[i - 1];
  if (!before || before.speaker === turns[i]!.speaker) return null;
  const order = readingOrder(doc);
  return order.slice(before.start, before.end).some(({ passage }) => sentenceAsks(passage.text) || POLITELY_ASKS.test(passage.text))
    ? before
    : null;
}

/** The turns of the speakers a question names and asks nothing more of, listed whole in order; null for any other question. */
export function answerTurnsAsked(services: Services, request: AnswerRequest): Answer | null {
  const asked = turnsAsked(services, request.query);
  if (!asked) return null;
  const locale = localeOf(request);
  const who = listed(locale, asked.speakers);
  const message = asked.questions
    ? say(
        locale,
        `${who}回答了 ${asked.questions} 个提问，以下按原文顺序列出每个提问及其回答（共 ${asked.sentences.length} 句）。`,
        `${who} answered ${counted('en', asked.questions, '', 'question')}: ${asked.questions === 1 ? 'it' : 'each'} and its answer, listed in order (${counted('en', asked.sentences.length, '', 'sentence')}).`,
      )
    : say(
        locale,
        `${who}的 ${asked.turns} 段发言共 ${asked.sentences.length} 句，以下按原文顺序列出；要问其中的具体内容，请直接提问。`,
        `${counted('en', asked.turns, '', 'turn')} of ${who}, ${counted('en', asked.sentences.length, '', 'sentence')}, listed in order; ask about what they say for more.`,
      );
  return pagedAnswerOf(request, asked.sentences, (passage) => passageItem(services, passage, 1, [], null), { message });
}
