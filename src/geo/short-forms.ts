// The one-character country forms of news Chinese: 法方 (the French side), 中法 (China–France),
// 赴塞 (to Serbia). They are read from segmented tokens and their neighbours, never from raw
// substrings, so 方法, 办法, 依法, 意见, 美好, 德才, 韩信, 中英文, 中美洲 do not count.

/** Candidates per character, default first; context (a full name in the same text) can pick another. */
export const SHORT_FORM_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  中: ['CN'],
  华: ['CN'],
  美: ['US'],
  法: ['FR'],
  德: ['DE'],
  意: ['IT'],
  义: ['IT'],
  義: ['IT'],
  韩: ['KR'],
  韓: ['KR'],
  俄: ['RU'],
  日: ['JP'],
  英: ['GB'],
  // The EU unless the sentence or its entry names Europe itself (中欧疫情防控工作视频会议 with 18个欧洲国家).
  欧: ['region:eu', 'region:europe'],
  歐: ['region:eu', 'region:europe'],
  塞: ['RS', 'CY', 'SN', 'SC', 'SL'],
  伊: ['IR', 'IQ'],
  保: ['BG'],
  埃: ['EG', 'ET'],
  巴: ['PK', 'BR', 'PS', 'PA'],
  沙: ['SA'],
  朝: ['KP'],
  印: ['IN', 'ID'],
  澳: ['AU'],
  加: ['CA'],
  越: ['VN'],
  泰: ['TH'],
  菲: ['PH'],
  荷: ['NL'],
  葡: ['PT'],
  希: ['GR'],
  匈: ['HU'],
  捷: ['CZ'],
  奥: ['AT'],
  蒙: ['MN'],
  哈: ['KZ'],
  柬: ['KH'],
  缅: ['MM'],
  墨: ['MX'],
  非: ['region:africa'],
  拉: ['region:lac'],
  阿: ['region:arab'],
};

/** Characters that form `X方` (the X side). Not 非/拉/阿, and not 西/比/土/以: 西方, 比方, 土方, 以方便. */
export const SIDE_CHARS: ReadonlySet<string> = new Set([...Object.keys(SHORT_FORM_CANDIDATES)].filter((c) => !'华非拉阿'.includes(c)));
/** Characters that pair with 中 (`中法`, `中日韩`, `中非`). */
export const PAIR_CHARS: ReadonlySet<string> = new Set([...Object.keys(SHORT_FORM_CANDIDATES)].filter((c) => !'中华'.includes(c)));
/** Characters after 赴/访/抵/来 (`赴塞`, `访美`, `来华`). */
const TRAVEL_CHARS = new Set([...Object.keys(SHORT_FORM_CANDIDATES)].filter((c) => !'中非拉阿'.includes(c)));
/**
 * Characters that name their one place typed alone (/country 美, 德): not 非, 拉, 阿 (no more than
 * "not", "pull", "a-" alone), nor a form of several places (塞: resolve-country.ts offers them).
 */
export const ALONE_CHARS: ReadonlySet<string> = new Set(
  Object.entries(SHORT_FORM_CANDIDATES)
    .filter(([c, ids]) => !'非拉阿'.includes(c) && ids.length === 1)
    .map(([c]) => c),
);

/** Words that end just before a split `X方` (`同意/方` is 同 + 意方 in `愿同意方加强`). */
const SIDE_LINKS = new Set([
  '同',
  '与',
  '和',
  '向',
  '对',
  '为',
  '助',
  '愿同',
  '支持',
  '协助',
  '帮助',
  '希望',
  '感谢',
  '告知',
  '收到',
  '如果',
  '及',
  '跟',
  '请',
]);
/** What follows a real `中X` pairing: 中法共同, 中韩两国, 中意全方位合作, 中德、中欧. */
const PAIR_FOLLOWERS: ReadonlySet<string> = new Set([
  '两国',
  '两',
  '三国',
  '双方',
  '三方',
  '关系',
  '合作',
  '共同',
  '友好',
  '友谊',
  '之间',
  '间',
  '建交',
  '元首',
  '领导人',
  '外长',
  '联合',
  '、',
  '和',
  '与',
  '及',
  '疫情',
  '应对',
  '展现',
  '展现出',
  '始终',
  '全方位',
  '携手',
  '贸易',
  '经贸',
  '人文',
  '战略',
  '伙伴',
  '对话',
  '会谈',
  '峰会',
  '论坛',
  '举行',
  '联防联控',
  '团结',
  '人民',
  '政府',
  '双边',
  '交流',
  '抗疫',
  '防疫',
  '对口',
  '卫生',
  '专家',
  '共同体',
  '合作机制',
  '视频会议',
  '团结合作',
  '友好合作',
  '抗击',
]);
/** Pairings that are also ordinary words (中意 "to one's liking", 中巴 minibus, 中英 Chinese–English, 中沙 islands). */
const AMBIGUOUS_PAIRS = new Set(['中意', '中义', '中巴', '中英', '中保', '中沙', '中朝', '中奥', '中墨', '中捷', '中加', '中希', '中印']);
const TRAVEL_VERBS = new Set(['赴', '访', '抵', '来', '抵达', '前往', '驻']);
/** Pairings that name a route between places, not a partner: 中欧班列 runs to Europe, not to the EU. */
const ROUTE_FOLLOWERS = new Set(['班列']);
const CONTINENTS: Readonly<Record<string, string>> = { 欧: 'region:europe', 歐: 'region:europe', 非: 'region:africa' };

export interface ShortForm {
  /** The character that names the country (法 in 法方). */
  char: string;
  /** Index of the token it was read from. */
  token: number;
  /** The entity it stands for when the words around it decide (中欧班列: Europe), else unset. */
  id?: string;
}

/** Whether a token starts like what follows a pairing (中欧 / 始终保持 starts with 始终). */
function followsPairing(token: string | undefined): boolean {
  if (token === undefined) return false;
  for (const follower of PAIR_FOLLOWERS) if (token.startsWith(follower)) return true;
  return false;
}

const isSingle = (token: string | undefined, chars: ReadonlySet<string>): boolean =>
  token !== undefined && token.length === 1 && chars.has(token);

function pairChars(token: string): string[] | null {
  if (token.length < 2 || token[0] !== '中') return null;
  const chars = [...token.slice(1)];
  return chars.every((c) => PAIR_CHARS.has(c)) ? chars : null;
}

/** Every short form in a segmented text, in token order. */
export function findShortForms(tokens: readonly string[]): ShortForm[] {
  const found: ShortForm[] = [];
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // X方 as one token, or split as X / 方, or glued to a linking word as 同意 / 方.
    if (token.length === 2 && token[1] === '方' && SIDE_CHARS.has(token[0] ?? '')) found.push({ char: token[0] ?? '', token: i });
    if (token === '方' && prev !== undefined) {
      const char = prev.slice(-1);
      if (SIDE_CHARS.has(char) && (prev.length === 1 || SIDE_LINKS.has(prev.slice(0, -1)))) found.push({ char, token: i - 1 });
    }
    // 中X… as one token (中法, 中日韩): a pairing unless it is also a common word, then it needs a follower.
    const glued = pairChars(token);
    const route = glued && next !== undefined && ROUTE_FOLLOWERS.has(next);
    if (glued && route) for (const char of glued) found.push({ char, token: i, ...(CONTINENTS[char] ? { id: CONTINENTS[char] } : {}) });
    else if (glued && (!AMBIGUOUS_PAIRS.has(token) || followsPairing(next))) for (const char of glued) found.push({ char, token: i });
    // Split (中 / 韩 / 两国): several countries in a row, or one followed by what follows a pairing.
    if (token === '中') {
      let j = i + 1;
      while (isSingle(tokens[j], PAIR_CHARS)) j++;
      if (j > i + 1 && (j - i > 2 || followsPairing(tokens[j])))
        tokens.slice(i + 1, j).forEach((char, k) => {
          found.push({ char, token: i + 1 + k });
        });
    }
    // 赴塞, 访美, 来华: as one token or split after the verb.
    if (token.length === 2 && TRAVEL_VERBS.has(token[0] ?? '') && TRAVEL_CHARS.has(token[1] ?? ''))
      found.push({ char: token[1] ?? '', token: i });
    if (TRAVEL_VERBS.has(token) && isSingle(next, TRAVEL_CHARS) && tokens[i + 2] !== '方') found.push({ char: next ?? '', token: i + 1 });
  });
  return found;
}

/**
 * Whether `text` may hold a short form at all: every rule of findShortForms reads two characters
 * side by side in the text (X方, 中X, 赴X, 抵达/前往 + X; tokens are consecutive pieces of the
 * text). Without one of those pairs the text need not be segmented.
 */
export function mayHaveShortForms(text: string): boolean {
  return SHORT_FORM_PAIRS.test(text);
}

const charClass = (chars: Iterable<string>): string => `[${[...chars].join('')}]`;
/** The last characters of the travel verbs, for the verb-then-X pairs. */
const TRAVEL_VERB_ENDS = new Set([...TRAVEL_VERBS].map((verb) => verb.slice(-1)));
const SHORT_FORM_PAIRS = new RegExp(
  `${charClass(SIDE_CHARS)}方|中${charClass(PAIR_CHARS)}|${charClass(TRAVEL_VERB_ENDS)}${charClass(TRAVEL_CHARS)}`,
);

/** The entity a short form stands for: a candidate named in full nearby, else the usual one. */
export function resolveShortForm(char: string, namedNearby: ReadonlySet<string>): string | null {
  const candidates = SHORT_FORM_CANDIDATES[char];
  if (!candidates) return null;
  return candidates.find((id) => namedNearby.has(id)) ?? candidates[0] ?? null;
}
