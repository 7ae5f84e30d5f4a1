import type { Services } from '../core/services.js';
import { entityById } from '../geo/gazetteer.js';
import { commonTermBound } from '../index/passage-index.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import { COMMANDS } from './commands.js';
import { NO_DATED_ENTRIES_HELP } from './no-dated-entries.js';
import { someSentenceWrites } from './written-in-corpus.js';

// The examples /help and error messages give must work on the documents being served. The bundled
// ones (/search 健康丝绸之路, /date 3月18日) found nothing in a server's own folder: a new user who
// tried them was told the bot knew nothing. Each is kept while the documents answer it, and
// otherwise taken from them: their busiest day, their most named country, one of their words.

export type ExampleCommand = 'ask' | 'search' | 'date' | 'country' | 'context';

export interface Example {
  zh: string;
  en: string;
  /** For /date: the day (ISO) it shows, one the documents have entries on; none when they have no dated entries. */
  day?: string;
  /**
   * What /help says the command does over these documents, when the bundled line would mislead:
   * /date's "every dated entry of a day" over documents without dated entries.
   */
  help?: { zh: string; en: string };
  /** The documents hold nothing the example would find (no dated entry, no country): /help shows none. */
  unshown?: boolean;
}

export type CorpusExamples = Record<ExampleCommand, Example>;

const bundled = (name: ExampleCommand): Example => {
  const command = COMMANDS.find((c) => c.name === name)!;
  return { zh: command.example, en: command.exampleEn };
};

/** What each bundled example needs the documents to hold. */
const BUNDLED_NEEDS = { ask: '古特雷斯', search: '健康丝绸之路', date: '2020-03-18', country: 'IT' } as const;

const computed = new WeakMap<object, CorpusExamples>();

/** The examples for these documents, worked out once per library. */
export function corpusExamples(services: Services): CorpusExamples {
  const known = computed.get(services.library);
  if (known) return known;
  const examples = {
    ask: askExample(services),
    search: searchExample(services),
    date: dateExample(services),
    country: countryExample(services),
    context: contextExample(services),
  };
  computed.set(services.library, examples);
  return examples;
}

function dateExample(services: Services): Example {
  const { library, defaultYear } = services;
  if (library.entriesOn(BUNDLED_NEEDS.date).length) return { ...bundled('date'), day: BUNDLED_NEEDS.date };
  const busiest = [...library.datesWithEntries].sort((a, b) => b.count - a.count || (a.date < b.date ? -1 : 1))[0];
  if (!busiest) return { ...bundled('date'), help: NO_DATED_ENTRIES_HELP, unshown: true };
  return {
    zh: `/date ${formatDateZh(busiest.date, defaultYear)}`,
    en: `/date ${formatDateEn(busiest.date, defaultYear)}`,
    day: busiest.date,
  };
}

/** /context's line over documents without entries: the sentences around, no "整个条目". */
const SENTENCES_AROUND = { zh: '显示一句话的上下文（前后两句）', en: 'a sentence in its context (the sentences around it)' };

/** /country's line over documents that name no country or region. */
const NO_COUNTRY = {
  zh: '列出提到某个国家或地区的全部句子（已载入的文档没有提到国家或地区）',
  en: 'every sentence that names a country or region (the loaded documents name none)',
};

/** A sentence id of these documents (a made-up one, the bundled example, was tried and not found). */
function contextExample(services: Services): Example {
  const first = services.library.allPassages.find((p) => services.library.entriesOf(p.id).length) ?? services.library.allPassages[0];
  const help = services.library.datesWithEntries.length ? {} : { help: SENTENCES_AROUND };
  return { ...(first ? { zh: `/context ${first.id}`, en: `/context ${first.id}` } : bundled('context')), ...help };
}

function countryExample(services: Services): Example {
  if (services.library.passagesMentioning(BUNDLED_NEEDS.country).length) return bundled('country');
  // China is named everywhere in Chinese documents: another place shows what /country is for.
  const places = services.library.countriesWithPassages.map((c) => entityById(c.code)).filter((e) => e !== undefined);
  const most = places.find((e) => e.id !== 'CN') ?? places[0];
  return most
    ? { zh: `/country ${most.name}`, en: `/country ${most.english}` }
    : { ...bundled('country'), help: NO_COUNTRY, unshown: true };
}

/** A word of the documents worth searching: written in a few sentences, not everywhere; from their titles first. */
function documentWord(services: Services): string | null {
  const bound = commonTermBound(services.library.allPassages.length);
  const worth = (word: string) => {
    const frequency = services.index.frequency(word);
    return [...word].length >= 2 && /^\p{Script=Han}+$/u.test(word) && frequency > 0 && frequency <= bound;
  };
  const titles = services.stats.documents.map((d) => d.title);
  const sentences = services.library.allPassages.slice(0, 50).map((p) => p.text);
  for (const text of [...titles, ...sentences]) {
    const words = services.segment(text).filter(worth);
    const longest = words.sort((a, b) => [...b].length - [...a].length)[0];
    if (longest) return longest;
  }
  return null;
}

function searchExample(services: Services): Example {
  if (someSentenceWrites(services.library, BUNDLED_NEEDS.search)) return bundled('search');
  const word = documentWord(services);
  return word ? { zh: `/search ${word}`, en: `/search ${word}` } : bundled('search');
}

function askExample(services: Services): Example {
  if (someSentenceWrites(services.library, BUNDLED_NEEDS.ask)) return bundled('ask');
  const word = documentWord(services);
  return word ? { zh: `/ask 文档里关于${word}说了什么`, en: `/ask What do the documents say about ${word}?` } : bundled('ask');
}
