import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest, Offer, Passage } from '../core/types.js';
import { type CountryResolution, placeIdOf, resolveCountry } from '../geo/resolve-country.js';
import { countryOfEnglishName } from '../query/english/country-names.js';
import { foldWidthAndCase, toSimplified } from '../text/normalize.js';
import { errorAnswer, onPage, pagedAnswer, pagedAnswerOf } from './answer-shape.js';
import { corpusExamples } from './corpus-examples.js';
import { groupedPassages, type Placed } from './country-order.js';
import { countrySuggestions } from './country-suggestions.js';
import { counted, type Locale, listed, localeOf, say } from './locale.js';
import { offer } from './offers.js';
import { passageItem } from './passage-item.js';
import { countryName, englishName, latinNames, nameIn, typedBackName } from './place-names.js';
import { lostFiguresNotice } from './result-notices.js';
import { mentionCounts, mentionTimeline } from './timeline.js';
import { emptyQuery, validateQuery } from './validate-query.js';
import { someSentenceWrites } from './written-in-corpus.js';

// /country: every passage that mentions a country (found at ingestion, so this is a lookup),
// chronicles first grouped by date in date order (every chronicle's entries together), then
// documents with sections grouped by section, then the rest, each in document order. Regions and organisations are answered the same way when the corpus
// mentions them.

/**
 * An English name's Chinese as the documents write it, for /search: every word of it understood
 * and each part written ("the city of Wuhan" → 城市 武汉); null otherwise. A part alone named
 * something else: "New York" offered /search 新增 (new), "the Norwegian federation" 联合会.
 */
function writtenTranslation(services: Services, typed: string): string | null {
  const english = services.english(typed);
  if (!english || english.unknown.length || !english.groups.length) return null;
  const parts = english.groups.map((group) => group.chinese.find((word) => isWritten(services, word)));
  return parts.every((part) => part !== undefined) ? parts.join(' ') : null;
}

/** Whether some sentence writes `text` (folded as sentences are). */
function isWritten(services: Services, text: string): boolean {
  const folded = toSimplified(foldWidthAndCase(text));
  return [...folded].length >= 2 && someSentenceWrites(services.library, folded);
}

/** Where the sentences are, in words a reader counts: "7天", "19天和22个章节" (not "41处"). */
function spreadOf({ passages, labels }: Placed, days: number, locale: Locale): string {
  const sections = new Set<string>();
  // A document without headings has no sections to count: its sentences count as that document.
  const plain = new Set<string>();
  let undated = 0;
  for (let i = 0; i < passages.length; i++) {
    const passage = passages[i]!;
    // Days are counted by the caller, every place of a repeated sentence included (mentionCounts).
    if (passage.date) continue;
    if (passage.entry !== null) undated++;
    else if (passage.section?.length) sections.add(labels[i]!);
    else plain.add(passage.docId);
  }
  const count = (n: number, zh: string, one: string) => (n ? counted(locale, n, zh, one) : '');
  const parts = [
    count(days, '天', 'day'),
    count(sections.size, '个章节', 'section'),
    count(plain.size, '篇文档', 'document'),
    undated ? say(locale, '日期不详的条目', 'undated entries') : '',
  ];
  return parts.filter(Boolean).join(say(locale, '和', ' and '));
}

/** The answer's pages: building an item (citation, highlights) is the costly part, so only the page shown pays. */
function pagedPassages(
  services: Services,
  request: AnswerRequest,
  placed: Placed,
  names: string[],
  extra: Parameters<typeof pagedAnswerOf>[3],
): Answer {
  const { passages, order, labels, groups } = placed;
  // Latin names (Norway, Norwegian…) are looked for only in sentences with Latin letters.
  const chinese = names.filter((name) => !/[a-z]/i.test(name));
  const termsOf = (text: string) => (chinese.length === names.length || !/[a-z]/i.test(text) ? chinese : names);
  const lost = lostFiguresNotice(
    services,
    onPage(request, order).map((i) => passages[i]!),
    request.query,
    localeOf(request),
  );
  return pagedAnswerOf(request, order, (i) => passageItem(services, passages[i]!, 1, termsOf(passages[i]!.text), labels[i]), {
    ...extra,
    message: [extra?.message, lost].filter(Boolean).join('\n') || null,
    // A copy: `placed` is kept for the next /country of the place (viewOf), an answer is the caller's.
    groups: groups.map((group) => ({ ...group })),
  });
}

/** A place name offered: the name itself is shown, a click runs /country of it. */
const asCountry = (name: string): Offer => offer(name, `/country ${name}`);

/** 中日韩: the passages that mention every partner together, and each partner as a suggestion. */
function answerGroup(services: Services, request: AnswerRequest, name: string, members: string[]): Answer {
  const locale = localeOf(request);
  const names = members.map((code) => (locale === 'en' ? typedBackName(code, countryName(code)) : countryName(code)));
  const [first, ...rest] = members.map((code) => services.library.passagesMentioning(code));
  const together = (first ?? []).filter((p) => rest.every((list) => list.includes(p)));
  const each = listed(locale, names);
  const all = names.join(say(locale, '和', ' and '));
  const intro = say(locale, `“${name}”指中国和${each}`, `“${name}” means China and ${each}`);
  if (!together.length) {
    const message = say(locale, `${intro}；语料中没有同时提到${all}的句子。`, `${intro}; no sentence names ${all} together.`);
    return pagedAnswer(request, [], { message, suggestions: names.map(asCountry) });
  }
  return pagedPassages(services, request, groupedPassages(services, together), [name, ...names], {
    message: say(
      locale,
      `${intro}：共${together.length}句同时提到${all}。也可以分别查询：${each}。`,
      `${intro}: ${counted('en', together.length, '句', 'sentence')} name ${all} together. Each can also be looked up alone: ${each}.`,
    ),
    suggestions: names.map(asCountry),
  });
}

/**
 * A name the gazetteer does not know may be an English demonym of any country ("Filipino",
 * country-names.ts), or an English adjective ("Swiss", "Italian"): the English lexicon (CC-CEDICT) turns it into Chinese words, one of which may be a
 * country ("Swiss" → 瑞士). Only a single, unambiguous country is taken.
 */
function resolveWithTranslation(services: Services, query: string): CountryResolution {
  const resolved = resolveCountry(query);
  if (resolved.kind !== 'unknown') return resolved;
  const named = countryOfEnglishName(query);
  const byDemonym = named === null ? null : resolveCountry(named);
  if (byDemonym?.kind === 'country') return byDemonym;
  const terms = services.english(query)?.terms ?? [];
  const found = terms.map((term) => resolveCountry(term)).filter((r) => r.kind === 'country' || r.kind === 'region');
  const ids = new Set(found.map((r) => placeIdOf(r) ?? ''));
  return ids.size === 1 && found[0] ? found[0] : resolved;
}

const WORDING = { what: '国家或地区名称', whatEn: 'a country or region' };

/**
 * A place's passages in answer order and its mentions per day, worked out once per list of
 * passages (the library's, one per place, as long as it lives): each /country 中国 at 100× the
 * corpus sorted and counted its 1,500 sentences again (~10 ms).
 */
const views = new WeakMap<readonly Passage[], { placed: Placed; days: Map<string, number> }>();

function viewOf(services: Services, passages: readonly Passage[]): { placed: Placed; days: Map<string, number> } {
  let view = views.get(passages);
  if (!view) {
    view = { placed: groupedPassages(services, passages), days: mentionCounts(passages) };
    views.set(passages, view);
  }
  return view;
}

export function answerCountry(services: Services, request: AnswerRequest): Answer {
  const locale = localeOf(request);
  const wording = { ...WORDING, example: () => corpusExamples(services).country };
  const invalid = validateQuery(request.query, wording, locale);
  if (invalid) return errorAnswer(request, invalid);
  const resolved = resolveWithTranslation(services, request.query.trim());
  // Nothing to look for once read ("？"): said as to an empty query, its example a place the documents name, or none.
  if (resolved.kind === 'empty') return errorAnswer(request, emptyQuery(wording, locale));
  if (resolved.kind === 'unknown') {
    const typed = request.query.trim();
    const mentioned = countrySuggestions(services, typed, resolved.suggestions);
    if (mentioned.length) {
      // The names themselves are the suggestions, which every adapter lists after the message.
      const message = resolved.shortForm
        ? say(
            locale,
            `“${typed}”是几个国家或地区的简称。您是不是要找下面这些？`,
            `“${typed}” is short for several countries or regions. Did you mean one of these?`,
          )
        : say(
            locale,
            `“${typed}”不是已知的国家或地区名称。您是不是要找下面这些？`,
            `“${typed}” is not a country or region I know. Did you mean one of these?`,
          );
      return errorAnswer(
        request,
        { code: 'unknown-country', message },
        mentioned.map((name) => asCountry(nameIn(locale, name))),
      );
    }
    // A short form of several places none of which the documents name (塞 over documents naming no 塞尔维亚): said so, naming them.
    if (resolved.shortForm) {
      const places = listed(
        locale,
        resolved.suggestions.map((name) => nameIn(locale, name)),
      );
      const message = say(
        locale,
        `“${typed}”是几个国家或地区的简称（${places}），语料中没有提到其中任何一个。`,
        `“${typed}” is short for several countries or regions (${places}); the documents name none of them.`,
      );
      return errorAnswer(request, { code: 'unknown-country', message });
    }
    // A city or a province (武汉, 湖北) is no country, but the documents may well name it: /search finds it.
    // In English too: "Wuhan" is written 武汉, which /search finds.
    const asWritten = isWritten(services, typed) ? typed : writtenTranslation(services, typed);
    const written = asWritten !== null;
    const message = say(
      locale,
      `“${typed}”不是语料中的国家或地区名称。${written ? `要查看提到它的句子，请用 /search ${asWritten}` : ''}`,
      written
        ? `“${typed}” is not a country or region. To see the sentences that name it, use /search ${asWritten}`
        : `“${typed}” is not a country or region the documents name.`,
    );
    return errorAnswer(request, { code: 'unknown-country', message }, written ? [`/search ${asWritten}`] : []);
  }
  if (resolved.kind === 'several') {
    const names = resolved.names.map((name) => nameIn(locale, name));
    const several = listed(locale, names);
    const message = say(
      locale,
      `一次只能查一个国家或地区。“${request.query.trim()}”提到了${several}，请分别查询，例如：/country ${names[0]}`,
      `One country or region at a time: “${request.query.trim()}” names ${several}. Look them up one by one, e.g. /country ${names[0]}`,
    );
    return errorAnswer(request, { code: 'unknown-country', message }, names.map(asCountry));
  }
  if (resolved.kind === 'group') return answerGroup(services, request, resolved.name, resolved.members);
  const id = resolved.kind === 'country' ? resolved.code : resolved.id;
  const passages = services.library.passagesMentioning(id);
  if (!passages.length) {
    const members = resolved.kind === 'region' ? resolved.members.filter((m) => services.library.passagesMentioning(m).length) : [];
    const message = say(locale, `语料中没有提到${resolved.name}。`, `The documents do not mention ${englishName(id, resolved.name)}.`);
    return pagedAnswer(request, [], {
      message,
      suggestions: members.map((code) => asCountry(locale === 'en' ? typedBackName(code, countryName(code)) : countryName(code))),
    });
  }
  // Every name it is found by is highlighted where it stands (世卫组织 for WHO, 欧方 for the EU).
  // So are its English names and its people's ("Norway's", "the Norwegian federation"), in English text.
  const names = [resolved.name, ...resolved.aliases, ...latinNames(id)];
  const { placed, days } = viewOf(services, passages);
  const timeline = mentionTimeline(services, days);
  const spread = spreadOf(placed, days.size, locale);
  return pagedPassages(services, request, placed, names, {
    message: say(
      locale,
      `${resolved.name}：共${passages.length}句，分布在${spread}。`,
      `${englishName(id, resolved.name)}: ${counted('en', passages.length, '句', 'sentence')}, across ${spread}.`,
    ),
    ...(timeline ? { timeline } : {}),
  });
}
