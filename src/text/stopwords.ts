// Words that carry no search meaning: question words and filler that would otherwise drive
// ranking ("谁和古特雷斯通了电话" must rank on 古特雷斯 and 通电话, not on 谁/和/了).
// Applied to documents and queries alike, so both sides stay consistent.
const WORDS = `
谁 什么 什么样 啥 咋 为啥 怎么回事 回事 怎么办 哪 哪些 哪个 哪家 哪里 哪儿 哪位 哪国 哪本 哪几 哪几条 哪一 几 几个 多少 多 怎么 怎样 怎么样 如何 为什么 为何 是否 有没有 是不是
吗 呢 吧 啊 呀 么 嘛 哦
了 的 地 得 着 过 之 其 所
是 在 有 和 与 及 或 而 并 也 都 就 又 还 才 被 把 对 给 向 从 以 于 由 为 将 让 使
这 那 这个 那个 这些 那些 这次 那次 这场 那场 此 该 各 每 其中
一个 一次 一些 时候 时 后来 当时 曾 曾经 已经 已 正在 能 要 可以 应该
上 下 里 中间 之后 以后 以来 期间 方面
我 你 他 她 它 我们 你们 他们 她们 它们 自己
请问 告诉 知道 说说 一下 问 说 讲 提 提到 怎 哪样 样 些 个 次
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
