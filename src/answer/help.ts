import type { CorpusFollow, Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { FORMATS_READ, FORMATS_READ_EN } from '../ingest/document-formats.js';
import { answerAboutDocuments, documentNameShown, documentsAboutAsked, noDocumentNamed } from './about-document.js';
import { pagedAnswer } from './answer-shape.js';
import { commandHelp } from './command-help.js';
import { COMMANDS } from './commands.js';
import { type CorpusExamples, corpusExamples, type ExampleCommand } from './corpus-examples.js';
import { DOCUMENTS_LISTED, listedDocuments } from './document-list.js';
import { indexAge, indexAgeSentence } from './index-age.js';
import { counted, type Locale, localeOf } from './locale.js';
import { NO_DATED_ENTRIES_ABOUT } from './no-dated-entries.js';

/** The commands and what each does, with examples that work on the documents (corpus-examples.ts) when given. */
export function helpText(locale: Locale = 'zh', examples: Partial<CorpusExamples> = {}): string {
  const lines = COMMANDS.map((c) => {
    const { help, example } = commandHelp(c, examples[c.name as ExampleCommand], locale);
    if (locale === 'en') return `/${c.name} — ${help}${example ? ` (e.g. ${example})` : ''}`;
    return `${c.usage} — ${help}${example ? `（例：${example}）` : ''}`;
  });
  if (locale === 'en')
    return [
      'Commands:',
      ...lines,
      'Questions may be in Chinese or English. Every result is a verbatim sentence of the documents, with its source (document · date or section · position).',
    ].join('\n');
  return ['可用命令：', ...lines, '每条结果都是语料原文，并注明出处（文档 · 日期或章节 · 位置）。'].join('\n');
}

export function answerHelp(services: Services, request: AnswerRequest): Answer {
  return pagedAnswer(request, [], { message: helpText(localeOf(request), corpusExamples(services)) });
}

/** Said beside a copy that lost its digits: a figure or date asked of it cannot be found there. */
export const DIGITS_LOST = '（此副本丢失了所有数字，数字和日期无法从中查到）';
export const DIGITS_LOST_EN = ' (this copy lost all its digits: figures and dates cannot be found in it)';

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
  // "/about 判决书": that document (about-document.ts); a name no document has, said above the whole.
  const asked = request.query.trim();
  const named = asked ? documentsAboutAsked(services, asked) : [];
  if (named.length) return answerAboutDocuments(request, named);
  const s = services.stats;
  const change = corpusChangeOf(services);
  const en = localeOf(request) === 'en';
  const { listed, more } = listedDocuments(s.documents);
  const docs = listed.map(({ document: d, name }) =>
    en
      ? `${name}: ${counted('en', d.sentences, '句', 'sentence')}${d.entries ? `, ${counted('en', d.entries, '条', 'entry', 'entries')}` : ''}${d.digitsStripped ? DIGITS_LOST_EN : ''}`
      : `${name}：${d.sentences}句${d.entries ? `，${d.entries}条` : ''}${d.digitsStripped ? DIGITS_LOST : ''}`,
  );
  const unlisted = s.skipped.length - DOCUMENTS_LISTED;
  const message = [
    ...(asked ? [noDocumentNamed(en ? 'en' : 'zh', asked)] : []),
    en
      ? `Corpus: ${counted('en', s.documents.length, '篇', 'document')}, ${counted('en', s.sentences, '句', 'sentence')}`
      : `语料：${s.documents.length}篇文档，共${s.sentences}句`,
    ...docs,
    ...(more > 0 ? [en ? `… and ${more} more` : `……另有${more}篇文档未列出`] : []),
    // A user trying /date over a server's own documents learns here why it lists nothing.
    ...(s.entries ? [] : [NO_DATED_ENTRIES_ABOUT[en ? 'en' : 'zh']]),
    en
      ? `Index built ${indexAge(s.indexBuiltAt, new Date(), 'en')}${s.indexFromCache ? ' (loaded from the saved index)' : ' (rebuilt at this start)'}`
      : `${indexAgeSentence(s.indexBuiltAt)}${s.indexFromCache ? '（从已保存的索引载入）' : '（本次启动时重建）'}`,
    ...(change ? [corpusChangeNote(change, en)] : []),
    // What in the folder was not read, and why: a user who added a file looks here first.
    ...(s.skipped.length
      ? [
          en ? `Not loaded (${s.skipped.length}):` : `未载入（${s.skipped.length}项）：`,
          ...s.skipped.slice(0, DOCUMENTS_LISTED).map((why) => `  ${why}`),
        ]
      : []),
    ...(unlisted > 0 ? [en ? `  … ${unlisted} more in the start-up log` : `  ……其余${unlisted}项见启动日志`] : []),
    // A user wondering whether a Word file or a PDF can be added reads it here.
    en ? `Formats read: ${FORMATS_READ_EN}` : `读取的格式：${FORMATS_READ}`,
    en ? `Version ${s.version}` : `版本 ${s.version}`,
  ].join('\n');
  // The request echoed as the quote is, its name cut (a line of 10,000 characters typed to /about).
  return pagedAnswer({ ...request, query: documentNameShown(request.query) }, [], { message });
}
