import type { Corpus } from '../core/types.js';
import { FORMATS_READ } from './document-formats.js';

// What the operator must hear about at every start (not only when the index is rebuilt): a
// document that gives no sentence, an empty corpus folder, files that were not loaded (and why),
// and each document's own problems.
// Each names the file, since fixing the file is the remedy.

/** `reloading`: read for a running bot, which keeps answering from the documents it has (live-engine.ts). */
export function corpusProblems(corpus: Corpus, corpusDir: string, reloading = false): string[] {
  const skipped = corpus.skipped ?? [];
  if (corpus.documents.length === 0) {
    const outcome = reloading
      ? '运行中的机器人不载入空目录，继续用已载入的文档回答，直到目录里再有文档（或重启）'
      : '机器人将无法回答任何问题';
    return [`语料目录 ${corpusDir} 中没有可读的文档（${FORMATS_READ}），${outcome}。`, ...skipped];
  }
  return [...skipped, ...documentProblems(corpus)];
}

function documentProblems(corpus: Corpus): string[] {
  return corpus.documents.flatMap((doc) => {
    const file = doc.meta.file ?? doc.meta.id;
    const own = (doc.problems ?? []).map((p) => `${file}：${p}`);
    return doc.passages.length === 0 ? [`${file}：没有可检索的句子（文档是空的，或只有 BOM、标题或标记）。`, ...own] : own;
  });
}
