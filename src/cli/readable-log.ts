import type { DestinationStream } from 'pino';
import { START_UP } from '../core/start-up-messages.js';
import { STARTUP_FAILED } from '../startup-failure.js';

// The local console's log lines, for the person at the keyboard: pino writes JSON (what log
// collectors want, README "Logs"), which a new user adding documents read as noise
// ({"level":40,…,"problem":"已跳过 photo.txt：…"}). Here each becomes one line: a mark and its
// message (a corpus problem in Chinese, naming the file). Only when LOG_LEVEL is not set: an
// operator who sets it gets the JSON.

/** Corpus problems shown before the rest are summed up (500 files without sidecars would fill the screen). */
const SHOWN_PROBLEMS = 20;

const MARKS: Record<number, string> = { 30: 'ℹ', 40: '⚠', 50: '✗', 60: '✗' };

/** The start-up warnings a console user meets, in their language (the JSON keeps the English for operators). */
const SAID: Record<string, string> = {
  [START_UP.firstBuild]: '第一次启动：正在建立索引，请稍候（约需 15–20 秒）',
  [START_UP.indexUnusable]: '语料或程序有变化，正在重建索引',
  [START_UP.indexUnloadable]: '已保存的索引无法载入，正在重建',
  [START_UP.indexDamaged]: '已保存的索引损坏或无法读取，正在重建',
  [START_UP.dictionaryDamaged]: '已保存的词典缺失或损坏，正在重建索引',
  [START_UP.gazetteerUnusable]: '已保存的地名表不可用，正在重建（第一次 /country 会慢一些）',
  [START_UP.wordVectorsUnavailable]: '词向量不可用：/ask 只按字面匹配排序',
  [START_UP.cacheNotWritable]: '索引缓存文件夹不可写：每次启动都会重建索引',
  [START_UP.indexNotSaved]: '索引无法保存，下次启动会重建',
  [START_UP.dictionariesNotSaved]: '预处理的词典无法保存：每次建索引都要重新准备（多花几秒）',
  [START_UP.answerFailed]: '处理请求时出错（详情见 LOG_LEVEL=error 的日志）',
};

/** Messages about a folder the user must fix: said with the folder, as the README promises. */
const NAMES_ITS_FOLDER = new Set<string>([START_UP.cacheNotWritable, START_UP.indexNotSaved, START_UP.dictionariesNotSaved]);

export function readableLogDestination(write: (text: string) => void = (text) => void process.stderr.write(text)): DestinationStream & {
  end(): void;
} {
  let problems = 0;
  const summarise = () => {
    if (problems > SHOWN_PROBLEMS)
      write(`⚠ 语料：另有 ${problems - SHOWN_PROBLEMS} 条提示未显示（/about 列出未载入的文件；设置 LOG_LEVEL=warn 可看到全部）\n`);
    problems = 0;
  };
  return {
    write(line: string) {
      let entry: { level?: number; msg?: string; problem?: string; path?: string; reason?: string; err?: { message?: string } };
      try {
        entry = JSON.parse(line);
      } catch {
        write(line);
        return;
      }
      const mark = MARKS[entry.level ?? 30] ?? '•';
      // Of the information lines, only those said in Chinese are for the person at the keyboard.
      if ((entry.level ?? 30) < 40 && SAID[entry.msg ?? ''] === undefined) return;
      if (entry.problem) {
        problems++;
        if (problems <= SHOWN_PROBLEMS) write(`${mark} 语料：${entry.problem}\n`);
        return;
      }
      // The line "启动失败：…" follows (startup-failure.ts): said once, in Chinese.
      if (entry.msg === STARTUP_FAILED) return;
      // A message said in Chinese says what to know; the file path and reason stay in the JSON log.
      const said = SAID[entry.msg ?? ''];
      // A folder to fix is named with the system's reason, as its code (ENOTDIR, ENOSPC, EACCES).
      const code = /\b(E[A-Z]{3,})\b/u.exec(entry.reason ?? '')?.[1];
      const detail = said
        ? NAMES_ITS_FOLDER.has(entry.msg ?? '')
          ? [entry.path, code].filter(Boolean).join('，')
          : ''
        : [entry.path, entry.reason ?? entry.err?.message].filter(Boolean).join('：');
      write(`${mark} ${said ?? entry.msg ?? ''}${detail ? `（${detail}）` : ''}\n`);
    },
    end: summarise,
  };
}
