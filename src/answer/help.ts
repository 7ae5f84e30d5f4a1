import type { CorpusFollow, Services } from '../core/services.js';
import type { Answer, AnswerRequest, CorpusStats } from '../core/types.js';
import { bookTitle } from '../text/book-title.js';
import { pagedAnswer } from './answer-shape.js';
import { COMMANDS } from './commands.js';
import { type CorpusExamples, corpusExamples, type ExampleCommand } from './corpus-examples.js';
import { indexAge, indexAgeSentence } from './index-age.js';
import { counted, type Locale, localeOf } from './locale.js';

/** The commands and what each does, with examples that work on the documents (corpus-examples.ts) when given. */
export function helpText(locale: Locale = 'zh', examples: Partial<CorpusExamples> = {}): string {
  const own = (name: string) => examples[name as ExampleCommand];
  const help = (name: string, bundled: string, lang: 'zh' | 'en') => own(name)?.help?.[lang] ?? bundled;
  // An example the documents hold nothing for is left out (corpus-examples.ts: unshown).
  const example = (name: string, bundled: string, lang: 'zh' | 'en', shown: (e: string) => string) =>
    own(name)?.unshown ? '' : shown(own(name)?.[lang] ?? bundled);
  if (locale === 'en') {
    const lines = COMMANDS.map(
      (c) => `/${c.name} — ${help(c.name, c.helpEn, 'en')}${example(c.name, c.exampleEn, 'en', (e) => ` (e.g. ${e})`)}`,
    );
    return [
      'Commands:',
      ...lines,
      'Questions may be in Chinese or English. Every result is a verbatim sentence of the documents, with its source (document · date or section · position).',
    ].join('\n');
  }
  const lines = COMMANDS.map((c) => `${c.usage} — ${help(c.name, c.help, 'zh')}${example(c.name, c.example, 'zh', (e) => `（例：${e}）`)}`);
  return ['可用命令：', ...lines, '每条结果都是语料原文，并注明出处（文档 · 日期或章节 · 位置）。'].join('\n');
}

export function answerHelp(services: Services, request: AnswerRequest): Answer {
  return pagedAnswer(request, [], { message: helpText(localeOf(request), corpusExamples(services)) });
}

/** Said by /about (and Discord's) when no document has dated entries. */
export const NO_ENTRIES = {
  zh: '没有文档带日期的条目：/date 没有可列出的内容',
  en: 'No document has dated entries: /date has nothing to list',
};

/** Documents (and files not loaded) /about lists by name: a server's folder of 3,000 files made an 89 KB message. */
const ABOUT_DOCUMENTS_LISTED = 30;

/** Said beside a copy that lost its digits: a figure or date asked of it cannot be found there. */
export const DIGITS_LOST = '（此副本丢失了所有数字，数字和日期无法从中查到）';
export const DIGITS_LOST_EN = ' (this copy lost all its digits: figures and dates cannot be found in it)';

/** Each document's name for /about: its title, and its file beside a title other documents share. */
export function documentLabels(documents: CorpusStats['documents']): (document: CorpusStats['documents'][number]) => string {
  const titles = new Map<string, number>();
  for (const d of documents) titles.set(d.title, (titles.get(d.title) ?? 0) + 1);
  return (d) => ((titles.get(d.title) ?? 0) > 1 && d.file ? `${d.title}（${d.file}）` : d.title);
}

/** How the answers follow a corpus folder changed since the index was loaded; null: it did not change. */
export function corpusChangeOf(services: Services): CorpusFollow | null {
  return services.corpusChanged() ? services.corpusFollow() : null;
}

/** What /about says of a changed folder (live-engine.ts). */
export function corpusChangeNote(follow: CorpusFollow, en: boolean): string {
  if (follow === 'updating')
    return en
      ? '⚠ The corpus folder changed (documents added, removed or edited): the index is being updated, and the answers will use the new documents as soon as it is ready'
      : '⚠ 语料文件夹有变化（文档增删或修改）：正在更新索引，完成后回答即采用新文档';
  if (follow === 'failed')
    return en
      ? '⚠ The corpus folder changed, but the index could not be updated (the log says why): the answers are from the documents as they were'
      : '⚠ 语料文件夹有变化，但索引未能更新（原因见日志）：回答仍来自先前的文档';
  return en
    ? '⚠ The corpus folder changed since start (documents added, removed or edited): the answers are from the documents as they were; restart to serve the new ones'
    : '⚠ 语料文件夹在启动后有变化（文档增删或修改）：回答仍来自启动时的文档，重启后才会生效';
}

export function answerAbout(services: Services, request: AnswerRequest): Answer {
  const s = services.stats;
  const change = corpusChangeOf(services);
  const en = localeOf(request) === 'en';
  const label = documentLabels(s.documents);
  const named = (d: (typeof s.documents)[number]) => `${bookTitle(d.title)}${label(d).slice(d.title.length)}`;
  const docs = s.documents
    .slice(0, ABOUT_DOCUMENTS_LISTED)
    .map((d) =>
      en
        ? `${named(d)}: ${counted('en', d.sentences, '句', 'sentence')}${d.entries ? `, ${counted('en', d.entries, '条', 'entry', 'entries')}` : ''}${d.digitsStripped ? DIGITS_LOST_EN : ''}`
        : `${named(d)}：${d.sentences}句${d.entries ? `，${d.entries}条` : ''}${d.digitsStripped ? DIGITS_LOST : ''}`,
    );
  const more = s.documents.length - ABOUT_DOCUMENTS_LISTED;
  const unlisted = s.skipped.length - ABOUT_DOCUMENTS_LISTED;
  const message = [
    en
      ? `Corpus: ${counted('en', s.documents.length, '篇', 'document')}, ${counted('en', s.sentences, '句', 'sentence')}`
      : `语料：${s.documents.length}篇文档，共${s.sentences}句`,
    ...docs,
    ...(more > 0 ? [en ? `… and ${more} more` : `……另有${more}篇文档未列出`] : []),
    // A user trying /date over a server's own documents learns here why it lists nothing.
    ...(s.entries ? [] : [NO_ENTRIES[en ? 'en' : 'zh']]),
    en
      ? `Index built ${indexAge(s.indexBuiltAt, new Date(), 'en')}${s.indexFromCache ? ' (loaded from the saved index)' : ' (rebuilt at this start)'}`
      : `${indexAgeSentence(s.indexBuiltAt)}${s.indexFromCache ? '（从已保存的索引载入）' : '（本次启动时重建）'}`,
    ...(change ? [corpusChangeNote(change, en)] : []),
    // What in the folder was not read, and why: a user who added a file looks here first.
    ...(s.skipped.length
      ? [
          en ? `Not loaded (${s.skipped.length}):` : `未载入（${s.skipped.length}项）：`,
          ...s.skipped.slice(0, ABOUT_DOCUMENTS_LISTED).map((why) => `  ${why}`),
        ]
      : []),
    ...(unlisted > 0 ? [en ? `  … ${unlisted} more in the start-up log` : `  ……其余${unlisted}项见启动日志`] : []),
    en ? `Version ${s.version}` : `版本 ${s.version}`,
  ].join('\n');
  return pagedAnswer(request, [], { message });
}
