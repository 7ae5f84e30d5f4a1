import type { APIEmbed } from 'discord.js';
import { documentLabels } from '../answer/document-list.js';
import { corpusChangeNote, DIGITS_LOST, DIGITS_LOST_EN } from '../answer/help.js';
import { indexAge } from '../answer/index-age.js';
import { counted, type Locale } from '../answer/locale.js';
import { NO_DATED_ENTRIES_ABOUT } from '../answer/no-dated-entries.js';
import type { Answer, CorpusStats } from '../core/types.js';
import { escapeMarkdown } from './escape-markdown.js';
import { LIMITS } from './limits.js';
import type { CommandResult } from './reply.js';
import { suggestionRow } from './suggestion-buttons.js';
import { truncate } from './truncate.js';

// /about, built from the core's stats: the documents, their passage counts, the index's age.

const ABOUT_COLOR = 0x3498db;

export function renderAbout(stats: CorpusStats, now = new Date(), locale: Locale = 'zh'): CommandResult {
  const en = locale === 'en';
  const kinds: Record<string, string> = en
    ? { chronicle: 'Chronicle', whitepaper: 'White paper', plain: 'Document' }
    : { chronicle: '纪实', whitepaper: '白皮书', plain: '文档' };
  const label = documentLabels(stats.documents);
  const fields = stats.documents.slice(0, LIMITS.embedFields - 2).map((d) => ({
    name: truncate(escapeMarkdown(label(d)), LIMITS.embedFieldName),
    value: en
      ? `${kinds[d.kind] ?? d.kind} · ${counted('en', d.sentences, '句', 'sentence')}${d.entries > 0 ? ` · ${counted('en', d.entries, '条', 'entry', 'entries')}` : ''}${d.digitsStripped ? `\n${DIGITS_LOST_EN.trim()}` : ''}`
      : `${kinds[d.kind] ?? d.kind} · ${d.sentences} 句${d.entries > 0 ? ` · ${d.entries} 条` : ''}${d.digitsStripped ? `\n${DIGITS_LOST}` : ''}`,
  }));
  // A Discord timestamp: each reader sees the time in their own zone and language.
  const built = Math.floor(Date.parse(stats.indexBuiltAt) / 1000);
  fields.push({
    name: en ? 'Index' : '索引',
    value: Number.isFinite(built)
      ? en
        ? `built <t:${built}:f> (<t:${built}:R>)`
        : `建于 <t:${built}:f>（<t:${built}:R>）`
      : en
        ? `built ${indexAge(stats.indexBuiltAt, now, 'en')}`
        : `建于 ${indexAge(stats.indexBuiltAt, now)}`,
  });
  // A changed folder: whether the answers follow it yet (the operator may be watching for it).
  if (stats.corpusChange) fields.push({ name: en ? 'Corpus folder' : '语料文件夹', value: corpusChangeNote(stats.corpusChange, en) });
  // Only how many: which files of the server's folder were refused, and why, is for the operator's log.
  if (stats.skipped.length)
    fields.push(
      en
        ? {
            name: 'Not loaded',
            value: `${counted('en', stats.skipped.length, '项', 'item')} of the corpus folder not loaded: the start-up log says why.`,
          }
        : { name: '未载入', value: `语料目录中有 ${stats.skipped.length} 项未载入，原因见启动日志。` },
    );
  const embed: APIEmbed = {
    title: en ? 'About this bot' : '关于本机器人',
    color: ABOUT_COLOR,
    // Entries are a chronicle's or a changelog's dated sections: named as dated, not as a chronicle's.
    // Without any, that is said rather than "0 entries".
    description: en
      ? `The corpus holds ${counted('en', stats.documents.length, '篇', 'document')}, ${counted('en', stats.sentences, '句', 'sentence')}${stats.entries ? ` and ${counted('en', stats.entries, '条', 'dated entry', 'dated entries')}.` : `. ${NO_DATED_ENTRIES_ABOUT.en}.`} Every answer is a verbatim excerpt with its source.`
      : `语料共 ${stats.documents.length} 篇文档、${stats.sentences} 个句子${stats.entries ? `、${stats.entries} 个带日期的条目。` : `。${NO_DATED_ENTRIES_ABOUT.zh}。`}答案均为原文摘录并附出处。`,
    fields,
    footer: { text: en ? `Version ${stats.version}` : `版本 ${stats.version}` },
  };
  return { reply: { embeds: [embed], ephemeral: false, ownWords: true }, hits: 0, outcome: 'ok' };
}

/**
 * /about document: — the core's description of the documents it names (about-document.ts), under
 * their title, with the question listing each as a button; a name no document has gets the whole
 * corpus's /about with the core's note above it (the core offers nothing then).
 */
export function renderAboutDocument(answer: Answer, stats: CorpusStats, now = new Date(), locale: Locale = 'zh'): CommandResult {
  const [first = '', ...rest] = (answer.message ?? '').split('\n');
  if (!answer.suggestions.length) {
    const whole = renderAbout(stats, now, locale);
    const [embed] = whole.reply.embeds ?? [];
    if (!embed) return whole;
    return {
      ...whole,
      reply: {
        ...whole.reply,
        // The note quotes what was typed (没有名为“**x**”的文档): escaped, as every message quoting it is.
        embeds: [{ ...embed, description: truncate(`${escapeMarkdown(first)}\n${embed.description ?? ''}`, LIMITS.embedDescription) }],
      },
    };
  }
  const row = suggestionRow(answer.offers ?? []);
  const embed: APIEmbed = {
    title: truncate(escapeMarkdown(first), LIMITS.embedTitle),
    color: ABOUT_COLOR,
    description: truncate(escapeMarkdown(rest.join('\n')), LIMITS.embedDescription),
    footer: { text: en(locale) ? `Version ${stats.version}` : `版本 ${stats.version}` },
  };
  return { reply: { embeds: [embed], ephemeral: false, ownWords: true, ...(row ? { components: [row] } : {}) }, hits: 0, outcome: 'ok' };
}

const en = (locale: Locale) => locale === 'en';
