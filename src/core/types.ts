// The plain data that flows through the core: corpus → passages → index → answers.
// Nothing here knows about Discord, the console or JSON; adapters render these shapes.

/** How a document is structured, which decides how it is ingested and cited. */
export type DocumentKind = 'chronicle' | 'whitepaper' | 'plain';

/** Metadata kept beside each corpus file as `<name>.meta.json`. */
export interface DocumentMeta {
  /** Short stable id used in passage ids and citations, e.g. "chronicle". */
  id: string;
  title: string;
  /** Shorter title for citations; falls back to `title`. */
  shortTitle?: string;
  /** Words a question uses to point at this document ("白皮书"): they select it rather than match text. */
  aliases?: string[];
  publisher?: string | null;
  /** Publication date (ISO) when known. */
  date?: string | null;
  /** Year assumed for dates written without one (chronicle headings like 3月18日). */
  year?: number;
  kind: DocumentKind;
  /** True when the copy lost its digits (figures and dates cannot be trusted or searched). */
  digitsStripped?: boolean;
  notes?: string[];
  /** Original file name as received. */
  source?: string;
  /** Corpus file name (set by the loader). */
  file?: string;
}

/** One place a passage appears: the same sentence can stand in several entries (repeats are indexed once). */
export interface Place {
  /** ISO date of the chronicle entry, or null (undated entry, or not a chronicle). */
  date: string | null;
  /** 1-based ordinal of the chronicle entry (`◆`) in the document, or null. */
  entry: number | null;
  /** 1-based sentence ordinal inside that entry, or inside the section for sectioned documents. */
  sentence: number;
  /** White-paper section path (part, sub-section), or null. */
  section: string[] | null;
  /**
   * 1-based position among every place of the document's sentences, as the document reads (a
   * sentence written twice counts at each place). A heading written twice (an FAQ's ## 问题 and
   * ## 回答 in turn) makes one section path of two stretches: only this says where each place is.
   */
  position: number;
}

/** One sentence of the corpus, the unit that is indexed and cited. */
export interface Passage {
  /** Stable id: `${docId}:${hash}` of the normalised sentence, unchanged by other documents or rebuilds. */
  id: string;
  docId: string;
  /** 1-based position of the first occurrence among the document's passages (document order). */
  ordinal: number;
  /** The verbatim sentence as written in the source (repaired only where the source broke it). */
  text: string;
  /** First place the sentence appears. */
  date: string | null;
  entry: number | null;
  section: string[] | null;
  /** Every place the sentence appears, first one included. */
  places: Place[];
  /** ISO 3166-1 alpha-2 codes (and region ids) of the countries it mentions, computed at ingestion. */
  countries: string[];
}

/** A chronicle `◆` entry: a group of passages under one date heading. */
export interface Entry {
  /** Stable id: `${docId}:e${hash}` of the entry's normalised text. */
  id: string;
  docId: string;
  /** 1-based ordinal of the first occurrence in the document. */
  ordinal: number;
  /** Date of each place the entry appears (parallel to `ordinals`; a verbatim repeat adds one); null when undated. */
  dates: (string | null)[];
  /** Every entry ordinal it occupies in the document (repeats included), parallel to `dates`. */
  ordinals: number[];
  passageIds: string[];
  /** Verbatim entry text (sentences joined as in the source, without the ◆ marker). */
  text: string;
  /**
   * The heading path of a plain document's dated section (`## 2024年5月3日 v1.3.0`, dated-sections.ts),
   * cited instead of 第N条: the heading names the day and what the section is.
   */
  section?: string[];
}

/** A white-paper section recovered from the table of contents. */
export interface Section {
  docId: string;
  /** Path from the part down to the sub-section, e.g. ["一 中国抗击疫情的艰辛历程", "二 第二阶段初步遏制疫情蔓延势头"]. */
  path: string[];
  passageIds: string[];
}

/** A post of a forum thread or chat log (ingest/forum-posts.ts): a part of its document, headed by its floor, author and time. */
export interface ForumPost {
  /** The floor as the header writes it, folded: 楼主, 3楼, #3. */
  floor: string;
  /** The floor's number; null for the opening post headed 楼主. */
  number: number | null;
  author: string;
  /** Whether the thread's opening poster wrote it. */
  op: boolean;
  /** The day it was posted (ISO), null when the header's day has no year to read it in. */
  date: string | null;
  /** The time of day as written (22:10). */
  time: string | null;
  /** Its part's path among the document's sections. */
  path: string[];
}

/** A transcript's turn under its speaker's name (ingest/speaker-lines.ts): sentence positions `from` up to `to`, not included. */
export interface SpokenTurn {
  speaker: string;
  from: number;
  to: number;
}

export interface IngestedDocument {
  meta: DocumentMeta;
  passages: Passage[];
  entries: Entry[];
  sections: Section[];
  /** Repairs and oddities met while ingesting (for logs and /about), never fatal. */
  warnings: string[];
  /** What the operator must fix in the file (an impossible date heading, no 目录): said at every start. */
  problems?: string[];
  /**
   * The title a `#` heading opening the file gives it when that differs from `meta.title` (`# 星港茶馆 ·
   * 服务器规则与 FAQ` under front matter titled 星港茶馆 Discord 服务器规则与常见问题): another title, no part.
   */
  titleHeading?: string;
  /** A thread's posts, in order: each is one of its sections. */
  posts?: ForumPost[];
  /** Positions of the sentences a post quotes from an earlier one (an e-mail's `>` lines): no one's answer. */
  quoted?: number[];
  /** A transcript's turns written under their speakers' names, without timecodes (a timecoded turn writes its own). */
  turns?: SpokenTurn[];
}

export interface Corpus {
  documents: IngestedDocument[];
  /** Files and folders in the corpus folder that were not loaded, each with the reason (said at every start and in /about). */
  skipped?: string[];
}

/** Character span [start, end) inside an item's text. */
export type Span = readonly [number, number];

export type CommandName = 'ask' | 'search' | 'date' | 'country' | 'context' | 'help' | 'about';

/** One result line of an answer: a passage (or, for /date, a whole entry). */
export interface AnswerItem {
  /** Passage id (for /date: the entry's first passage id, so /context works on it). */
  id: string;
  doc: string;
  title: string;
  /** Human citation: document · date or section · position. */
  citation: string;
  date: string | null;
  /** Section path joined with " › ", or null. */
  section: string | null;
  /** Verbatim text: the sentence, or for /date the whole entry. */
  text: string;
  score: number;
  /** Matched terms inside `text`, for bold/highlight. */
  highlights: Span[];
  /** Grouping label for grouped answers (/country: the date or section), else null. */
  group: string | null;
  /** Every place the passage or entry appears (repeats), as citations. */
  places: string[];
  /**
   * What the sentence belongs to (/ask, /search): its chronicle entry, labelled with the date and
   * the entry's opening sentence (which names the event), or its section path; null otherwise.
   */
  event?: string | null;
  /** Grouping key of `event`: hits with the same eventId belong to one entry or section. */
  eventId?: string | null;
}

export interface AnswerError {
  /** Stable machine code, e.g. "empty-query", "query-too-long", "invalid-date", "unknown-command". */
  code: string;
  /** Clear message in Chinese for the user. */
  message: string;
}

/** A suggestion that runs a command: the label shown, and the command as typed (/date 3月8日). */
export interface Offer {
  label: string;
  command: string;
}

export interface Answer {
  command: CommandName | string;
  query: string;
  /** Number of hits before paging. */
  total: number;
  /** 1-based page and page size of `items`. */
  page: number;
  pageSize: number;
  items: AnswerItem[];
  /** A note for the user (nothing found, digits stripped…), or null. */
  message: string | null;
  /** Things to try instead (nearest dates, close country names…). */
  suggestions: string[];
  /**
   * The suggestions a click may run, each with the bare command it runs (3月8日（2条） runs
   * /date 3月8日), in the suggestions' order: adapters run these, never reading a command back
   * out of a label. Set for every answer the engine gives (answer/offers.ts).
   */
  offers?: Offer[];
  /** Set when the request itself is invalid; then items is empty. */
  error?: AnswerError;
  /** Counts per group for grouped answers (/country, date ranges), in display order. */
  groups?: { label: string; count: number }[];
  /** Page count when pages are not `pageSize` items each (an adapter paging by whole days). */
  pages?: number;
  /** Index of `items[0]` among all hits, when pages are not `pageSize` items each. */
  offset?: number;
  /** Entries or mentions per day across the chronicle's period (/country, /date months and ranges). */
  timeline?: Timeline;
  /** Sentences holding the keywords, when more do than are listed (a /search lists its best 150): `total` counts the listed. */
  matched?: number;
  /** Set when another command's answer lists whole dated entries as /date does (/ask 5月有什么活动): counted as entries, not sentences. */
  listsEntries?: boolean;
}

/** One bar per day of the chronicle's period; `highlighted` marks the days asked about. */
export interface TimelineDay {
  date: string;
  count: number;
  highlighted: boolean;
}

export interface Timeline {
  /** What a bar counts, for captions ("条目", "提及"). */
  unit: string;
  days: TimelineDay[];
}

export interface AnswerRequest {
  command: string;
  query: string;
  page?: number;
  pageSize?: number;
  /** Every hit on one page, for adapters that page by whole days themselves. */
  whole?: boolean;
  /** Language of the messages (answer/locale.ts): Chinese unless 'en'. */
  locale?: 'zh' | 'en';
}

/** An autocomplete suggestion: what is shown and what is filled in. */
export interface Choice {
  name: string;
  value: string;
}

/** Facts for /about. */
export interface CorpusStats {
  /** `digitsStripped`: the copy lost its digits (a note for users, who would otherwise learn it from a figure question). */
  documents: {
    id: string;
    title: string;
    /** The file it was read from, when known. */
    file?: string;
    kind: DocumentKind;
    /** Distinct sentences: what the index holds. */
    passages: number;
    /** Sentences as the document writes them, a repeat counted at each place: what a reader counts, and /about says. */
    sentences: number;
    entries: number;
    digitsStripped: boolean;
  }[];
  passages: number;
  /** The documents' sentences as written. */
  sentences: number;
  entries: number;
  /** When the index was built (ISO timestamp). */
  indexBuiltAt: string;
  /** True when the index came from the saved file. */
  indexFromCache: boolean;
  version: string;
  /** What in the corpus folder was not loaded, and why (Corpus.skipped). */
  skipped: string[];
  /** What reading the documents repaired (lines split mid-sentence, repeated fragments), when this engine built the index. */
  repairs?: string[];
  /**
   * Present when the folder changed since the index was loaded: served at a restart, being read
   * by the running bot (live-engine.ts), or not readable by it (the log says why).
   */
  corpusChange?: 'restart' | 'updating' | 'failed';
}
