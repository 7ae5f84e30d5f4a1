import type { Services } from '../core/services.js';
import type { Answer, AnswerRequest } from '../core/types.js';
import { pagedAnswer } from './answer-shape.js';
import { COMMANDS } from './commands.js';
import { indexAgeSentence } from './index-age.js';

export function helpText(): string {
  const lines = COMMANDS.map((c) => `${c.usage} — ${c.help}（例：${c.example}）`);
  return ['可用命令：', ...lines, '每条结果都是语料原文，并注明出处（文档 · 日期或章节 · 位置）。'].join('\n');
}

export function answerHelp(_services: Services, request: AnswerRequest): Answer {
  return pagedAnswer(request, [], { message: helpText() });
}

/** Documents (and files not loaded) /about lists by name: a server's folder of 3,000 files made an 89 KB message. */
const ABOUT_DOCUMENTS_LISTED = 30;

/** Said beside a copy that lost its digits: a figure or date asked of it cannot be found there. */
export const DIGITS_LOST = '（此副本丢失了所有数字，数字和日期无法从中查到）';

export function answerAbout(services: Services, request: AnswerRequest): Answer {
  const s = services.stats;
  const docs = s.documents
    .slice(0, ABOUT_DOCUMENTS_LISTED)
    .map((d) => `《${d.title}》：${d.passages}句${d.entries ? `，${d.entries}条` : ''}${d.digitsStripped ? DIGITS_LOST : ''}`);
  const origin = s.indexFromCache ? '（从已保存的索引载入）' : '（本次启动时重建）';
  const message = [
    `语料：${s.documents.length}篇文档，共${s.passages}句`,
    ...docs,
    ...(s.documents.length > ABOUT_DOCUMENTS_LISTED ? [`……另有${s.documents.length - ABOUT_DOCUMENTS_LISTED}篇文档未列出`] : []),
    `${indexAgeSentence(s.indexBuiltAt)}${origin}`,
    // What in the folder was not read, and why: a user who added a file looks here first.
    ...(s.skipped.length
      ? [`未载入（${s.skipped.length}项）：`, ...s.skipped.slice(0, ABOUT_DOCUMENTS_LISTED).map((why) => `  ${why}`)]
      : []),
    ...(s.skipped.length > ABOUT_DOCUMENTS_LISTED ? [`  ……其余${s.skipped.length - ABOUT_DOCUMENTS_LISTED}项见启动日志`] : []),
    `版本 ${s.version}`,
  ].join('\n');
  return pagedAnswer(request, [], { message });
}
