import { docLabel, type Library } from '../core/library.js';
import { memoized } from '../core/memo.js';
import { atPlace, readingOrder } from '../core/reading-order.js';
import type { Services } from '../core/services.js';
import type { Answer, AnswerItem, AnswerRequest, Passage } from '../core/types.js';
import { ID_SHAPE } from '../ingest/stable-id.js';
import { bookTitle } from '../text/book-title.js';
import { cutGraphemes } from '../text/graphemes.js';
import { errorAnswer, pagedAnswer } from './answer-shape.js';
import { corpusExamples } from './corpus-examples.js';
import { entryInstance } from './entry-instance.js';
import { localeOf, say } from './locale.js';
import { passageItem } from './passage-item.js';
import { referencesCalled } from './reference-marks.js';
import { postIn } from './thread-posts.js';
import { pairedItems } from './translation-context.js';

// /context: a sentence with its neighbours — the whole chronicle entry it belongs to, or the
// two sentences before and after it elsewhere (and in an entry of one sentence). The asked-for sentence is marked with its group.

const NEIGHBOURS = 2;
export const TARGET_GROUP = '本句';
export const AROUND_GROUP = '上下文';
export const REFERENCE_GROUP = '参考文献';

function neighbours(services: Services, passage: Passage): Passage[] {
  // A one-sentence entry would be its own context: the document's neighbouring sentences are (other entries, each cited).
  const entry = services.library.entriesOf(passage.id).find((e) => e.passageIds.length > 1);
  if (entry) {
    // Each sentence where this entry has it: a line every meeting writes (主持：…) is cited in the
    // asked sentence's meeting, not in the first meeting writing it.
    const at = passage.places.map((place) => entryInstance(entry, place)).find((i) => i >= 0) ?? 0;
    return entry.passageIds.flatMap((id) => {
      const found = services.library.passage(id);
      const place = found?.places.find((p) => entryInstance(entry, p) === at);
      return found ? [place ? atPlace({ passage: found, place }) : found] : [];
    });
  }
  const doc = services.library.doc(passage.docId);
  // As the document reads (a sentence written twice stands at both places), within the stretch
  // of its section it stands in (a heading written twice, ## 回答 … ## 回答, heads two stretches).
  const order = doc ? readingOrder(doc) : [];
  const at = order.findIndex((s) => s.passage.id === passage.id && s.place === s.passage.places[0]);
  if (at < 0) return [passage];
  const section = order[at]!.place.section?.join('\u0000');
  const inSection = (i: number) => i >= 0 && i < order.length && order[i]!.place.section?.join('\u0000') === section;
  let from = at;
  while (from > at - NEIGHBOURS && inSection(from - 1)) from--;
  let to = at;
  while (to < at + NEIGHBOURS && inSection(to + 1)) to++;
  // A stretch of one sentence (an FAQ's answer under its own heading): the sentences around it are
  // its context, each cited in its own part. Not a thread's post: the posts around it are others' words.
  if (from === to && !postIn(services.library, passage.docId, order[at]!.place.section))
    [from, to] = [Math.max(0, at - NEIGHBOURS), Math.min(order.length - 1, at + NEIGHBOURS)];
  return order.slice(from, to + 1).map(atPlace);
}

/**
 * The passage an id names, however it was typed: as printed, at its width (a Chinese keyboard's
 * full-width colon, chronicle：…), or in another case (CHRONICLE:F702…).
 */
function passageNamed(services: Services, id: string): Passage | undefined {
  const forms = [...new Set([id, id.normalize('NFKC')])];
  for (const form of forms) {
    const found = services.library.passage(form) ?? entryFirstPassage(services, form);
    if (found) return found;
  }
  return idsInLowerCase(services.library).get(id.normalize('NFKC').toLowerCase());
}

/** Passages by their id in lower case, the first of any two alike (once per library: a scan was ~10 ms at 100× the corpus). */
const idsInLowerCase = memoized((library: Library) => {
  const byId = new Map<string, Passage>();
  for (const passage of library.allPassages) {
    const key = passage.id.toLowerCase();
    if (!byId.has(key)) byId.set(key, passage);
  }
  return byId;
});

export function answerContext(services: Services, request: AnswerRequest): Answer {
  // An id copied with the brackets or quotes the console prints around it ([chronicle:1a2b…]) is that id.
  const id = request.query.trim().replace(/^[[【(（“"'「]+|[\]】)）”"'」]+$/gu, '');
  const locale = localeOf(request);
  // Worked out only for a message that shows it (the first 上下文 click would compute all five).
  const example = () => corpusExamples(services).context;
  if (!id)
    return errorAnswer(request, {
      code: 'empty-query',
      message: say(
        locale,
        `请输入句子编号，例如：${example().zh}（控制台和 JSON 的每条结果后附有编号；在 Discord 中请直接点结果下方的“上下文”按钮）`,
        `Please give a sentence id, for example: ${example().en} (the console and JSON print one after each result; in Discord, press the Context button under a result)`,
      ),
    });
  const bare = /[:：]/u.test(id) ? [] : withoutPrefix(services, id);
  if (bare.length > 1)
    return errorAnswer(
      request,
      {
        code: 'unknown-id',
        message: say(
          locale,
          `编号“${cutGraphemes(id, 60, '…')}”不止一处，请写出完整编号：${bare.join('、')}`,
          `The id “${cutGraphemes(id, 60, '…')}” is in several documents: write it in full, one of ${bare.join(', ')}`,
        ),
      },
      bare,
    );
  const passage = passageNamed(services, bare[0] ?? id);
  const shaped = ID_SHAPE.exec((bare[0] ?? id).normalize('NFKC').toLowerCase());
  if (!passage && shaped) {
    // An id as the bot gives them, from an answer given before the documents changed (a button
    // under an older message): ids come from a sentence's text, so an edited sentence has another.
    const docId = shaped[1] ?? '';
    const known = services.library.documents.find((d) => d.meta.id.toLowerCase() === docId);
    // Named by its title, as answers cite it: its id (chronicle) is the bot's, not the reader's.
    const title = known ? cutGraphemes(docLabel(known.meta), 40, '…') : '';
    return errorAnswer(request, {
      code: 'unknown-id',
      message: known
        ? say(
            locale,
            `${bookTitle(title)}中没有编号为“${cutGraphemes(id, 60, '…')}”的句子：它可能在给出这个编号之后被修改过。请重新提问或搜索，以得到现在的原文。`,
            `${title} has no sentence with the id “${cutGraphemes(id, 60, '…')}”: it may have been edited since the id was given. Ask or search again for the text as it is now.`,
          )
        : say(
            locale,
            `语料中没有文档“${cutGraphemes(docId, 40, '…')}”：它可能在给出这个编号之后被移除或改名。请重新提问或搜索。`,
            `The corpus has no document “${cutGraphemes(docId, 40, '…')}”: it may have been removed or renamed since the id was given. Ask or search again.`,
          ),
    });
  }
  if (!passage) {
    return errorAnswer(request, {
      code: 'unknown-id',
      message: say(
        locale,
        `找不到编号为“${cutGraphemes(id, 60, '…')}”的句子。编号形如 ${example().zh.replace('/context ', '')}，附在控制台和 JSON 的每条结果后；在 Discord 中请直接点结果下方的“上下文”按钮。`,
        `No sentence has the id “${cutGraphemes(id, 60, '…')}”. Ids look like ${example().en.replace('/context ', '')} and follow each result in the console and JSON; in Discord, press the Context button under a result.`,
      ),
    });
  }
  const items: AnswerItem[] = neighbours(services, passage).map((p) =>
    passageItem(services, p, 1, [], p.id === passage.id ? TARGET_GROUP : AROUND_GROUP),
  );
  const target = items.find((i) => i.group === TARGET_GROUP);
  if (target) target.highlights = [[0, target.text.length]];
  // A sentence of a text given with its translation: its counterpart and notes after (translation-context.ts).
  items.push(...pairedItems(services, passage, new Set(items.map((i) => i.id))));
  // A sentence citing [8]: the reference it calls after (reference-marks.ts).
  const shown = new Set(items.map((i) => i.id));
  for (const reference of referencesCalled(services.library, passage))
    if (!shown.has(reference.id)) items.push(passageItem(services, reference, 1, [], REFERENCE_GROUP));
  // Shown whole: a size asked that is no number (NaN through the API) is as if not asked.
  const asked = Number.isFinite(request.pageSize) ? (request.pageSize as number) : 0;
  return pagedAnswer({ ...request, pageSize: Math.max(asked, items.length) }, items);
}

/** An entry id (from /date results) opens the entry at its first sentence. */
function entryFirstPassage(services: Services, id: string): Passage | undefined {
  for (const doc of services.library.documents) {
    const entry = doc.entries.find((e) => e.id === id);
    if (entry) return services.library.passage(entry.passageIds[0] ?? '');
  }
  return undefined;
}

/** Ids as people copy them, without the `chronicle:` prefix: every full id that ends with it. */
function withoutPrefix(services: Services, hash: string): string[] {
  return [...(idsByHash(services.library).get(hash.toLowerCase()) ?? [])];
}

/** Passage and entry ids by what follows their last colon (their hash), once per library. */
const idsByHash = memoized((library: Library) => {
  const byHash = new Map<string, Set<string>>();
  const add = (id: string) => {
    const hash = id.slice(id.lastIndexOf(':') + 1);
    const ids = byHash.get(hash) ?? new Set<string>();
    ids.add(id);
    byHash.set(hash, ids);
  };
  for (const passage of library.allPassages) add(passage.id);
  for (const doc of library.documents) for (const entry of doc.entries) add(entry.id);
  return byHash;
});
