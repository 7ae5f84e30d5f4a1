// Words that ask about "what went on" or "what it says" without saying what: 发生了什么, 有哪些事,
// 当天的新闻, 开了什么会, "what happened", "events". A question made only of these and a day (or a part of a
// document) asks for all of it; any other word asks something specific, and is ranked.

export const GENERIC_QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    '发生 发生了 什么 有什么 有何 何事 啥 事 事情 事件 哪些 什么事 有哪些 那天 当天 这天 那一天 一天 当日 有 都 了 大事 要事 情况 消息 新闻 动态 活动 ' +
    // Plans a diary or a schedule records: 10月有什么安排, 那天的行程.
    '安排 行程 ' +
    '做 干 干了 做了 中国 纪实 记录 记载 日 天 重要 主要 讲 说 内容 ' +
    // Meetings and events, what dated minutes and calendars record: 4月开了什么会, 5月举办了哪些活动.
    '开 开了 开过 召开 召开了 举行 举行了 举办 举办了 会 什么会 哪些会 会议 例会 开会 ' +
    'happen happened happens event events news what which on did do day china chinese'
  ).split(' '),
);

/** The same for a part of a document: "前言里说了什么", "白皮书第二部分讲的是什么", "What does the preface say?". */
export const GENERIC_SECTION_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC_QUESTION_WORDS,
  ...(
    '说了 讲了 讲的 说的 讲什么 说什么 写什么 写 写了 写的 提到 提到了 谈 谈了 讲述 概括 总结 大意 主旨 要点 涵盖 是 的 里 中 里面 这 那 ' +
    '这部分 那部分 部分 这一部分 那一部分 一节 这一节 那一节 这节 那节 节 一章 这一章 那一章 这章 那章 章 篇 白皮书 白皮 皮书 文件 文档 一下 全部 所有 原文 全文 ' +
    'say says said about cover covers talk talks tell tells does is are was the in of it its part section chapter white paper document ' +
    'whole summarize summarise summary overview gist main point points'
  ).split(' '),
]);
