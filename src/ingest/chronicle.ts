// Chronicle (纪实): date headings and ◆ entries → entries (repeats merged) and sentence passages.
import type { DocumentMeta, Entry, IngestedDocument } from '../core/types.js';
import { scanChronicle } from './chronicle-lines.js';
import { headingYear, yearTakenNote } from './heading-year.js';
import { comparisonKey } from './normalize-raw.js';
import { PassageCollector } from './passage-collector.js';
import { ingestPlain } from './plain.js';
import { splitSentences } from './sentences.js';
import { entryId } from './stable-id.js';

const NO_ENTRIES = '标为纪实（chronicle），但没有找到日期标题或◆条目，已按普通文档读取（/date 查不到其中内容）。';
/** Read as a plain document, its dated headings (`## 2024年5月3日 v1.3`) made entries all the same: /date lists them. */
const READ_AS_PLAIN = (entries: number) =>
  `标为纪实（chronicle），但没有找到日期标题或◆条目，已按普通文档读取；其中 ${entries} 个以日期开头的标题作为带日期的条目（/date 可查）。`;

export function ingestChronicle(meta: DocumentMeta, text: string): IngestedDocument {
  const { year, from } = headingYear(meta);
  const { entries: rawEntries, warnings, problems, yearUsed } = scanChronicle(text, year, meta.title);
  if (from && yearUsed && year !== null) warnings.unshift(yearTakenNote(year, from));
  // Declared a chronicle but holding no dated heading or entry mark: its text is still the
  // document's, read as running text. Its dated headings, if any (a Markdown changelog's), are
  // entries then; without any, the operator hears why /date does not list it.
  if (rawEntries.length === 0 && text.trim() !== '') {
    // Listed as what it is read as (/about: 文档, not a 纪实 of 0 entries).
    const plain = ingestPlain({ ...meta, kind: 'plain' }, text);
    if (plain.entries.length > 0) return { ...plain, warnings: [READ_AS_PLAIN(plain.entries.length), ...plain.warnings] };
    return { ...plain, problems: [NO_ENTRIES, ...(plain.problems ?? [])] };
  }
  const collector = new PassageCollector(meta.id, warnings);
  const entryByKey = new Map<string, Entry>();
  const entries: Entry[] = [];

  for (const raw of rawEntries) {
    const sentences = splitSentences(raw.text);
    if (sentences.length === 0) {
      warnings.push(`第${raw.ordinal}条◆没有正文，已跳过。`);
      continue;
    }
    const passageIds = collector.addAll(sentences, (i) => ({ date: raw.date, entry: raw.ordinal, sentence: i + 1, section: null }));

    const key = comparisonKey(raw.text);
    const seen = entryByKey.get(key);
    if (seen) {
      // dates and ordinals run parallel: one pair per place the entry stands
      seen.ordinals.push(raw.ordinal);
      seen.dates.push(raw.date);
      warnings.push(`第${raw.ordinal}条（${raw.date ?? '无日期'}）与第${seen.ordinal}条逐字重复，合并为一条。`);
      continue;
    }
    const entry: Entry = {
      id: entryId(meta.id, raw.text),
      docId: meta.id,
      ordinal: raw.ordinal,
      dates: [raw.date],
      ordinals: [raw.ordinal],
      passageIds,
      text: raw.text,
    };
    entryByKey.set(key, entry);
    entries.push(entry);
  }
  return { meta, passages: collector.passages, entries, sections: [], warnings, problems };
}
