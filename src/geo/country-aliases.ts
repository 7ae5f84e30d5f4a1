// Names people and the news use for countries beyond the ISO names of i18n-iso-countries.
// Checked against the corpus: it writes 波黑, 沙特, 蒙古国, 塞尔维亚, 伊朗, 俄罗斯, 韩国, 朝鲜…
// Traditional forms the OpenCC conversion does not produce (Taiwan/Hong Kong usage) are listed here too.

export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['美国', '美國', '美利坚合众国', '美利堅合眾國', 'USA', 'US', 'U.S.', 'United States', 'America'],
  IT: ['意大利', '義大利', '义大利', 'Italia'],
  KR: ['韩国', '韓國', '南韩', '南韓', '大韩民国', '大韓民國', 'Korea', 'South Korea'],
  KP: ['朝鲜', '朝鮮', '北韩', '北韓', '朝鲜民主主义人民共和国', 'DPRK', 'North Korea'],
  GB: [
    '英国',
    '英國',
    '联合王国',
    '大不列颠',
    '大不列颠及北爱尔兰联合王国',
    'UK',
    'U.K.',
    'Britain',
    'Great Britain',
    'United Kingdom',
    'England',
  ],
  RU: ['俄罗斯', '俄羅斯', '俄国', '俄國', '俄罗斯联邦', 'Russia'],
  RS: ['塞尔维亚', '塞爾維亞', '塞爾維亞共和國', 'Serbia'],
  IR: ['伊朗', '伊朗伊斯兰共和国', 'Iran'],
  BA: ['波黑', '波斯尼亚和黑塞哥维那', '波士尼亞與赫塞哥維納', '波赫', 'Bosnia', 'Bosnia-Herzegovina'],
  SA: ['沙特', '沙特阿拉伯', '沙烏地阿拉伯', '沙烏地', 'Saudi', 'Saudi Arabia'],
  CN: ['中国', '中國', '中华人民共和国', '中華人民共和國', 'PRC'],
  TW: ['台湾', '台灣', '臺灣', '中国台湾', 'Taiwan'],
  HK: ['香港', '中国香港', '香港特别行政区'],
  MO: ['澳门', '澳門', '中国澳门', 'Macau'],
  ID: ['印度尼西亚', '印度尼西亞', '印尼'],
  MN: ['蒙古国', '蒙古國', '蒙古'],
  CF: ['中非共和国', '中非共和國'],
  CD: ['刚果民主共和国', '刚果（金）', '刚果(金)', '刚果金', '剛果民主共和國', 'DR Congo', 'DRC'],
  CG: ['刚果共和国', '刚果（布）', '刚果(布)', '刚果布', '剛果共和國'],
  AE: ['阿联酋', '阿拉伯联合酋长国', '阿拉伯聯合大公國', 'UAE'],
  CZ: ['捷克', '捷克共和国', 'Czechia'],
  MK: ['北马其顿', '马其顿', '北馬其頓', 'Macedonia'],
  EH: ['西撒哈拉'],
  CI: ['科特迪瓦', '象牙海岸', 'Ivory Coast'],
  LA: ['老挝', '寮國', 'Laos'],
  SY: ['叙利亚', '敘利亞', 'Syria'],
  MD: ['摩尔多瓦', 'Moldova'],
  FM: ['密克罗尼西亚', '密克羅尼西亞', 'Micronesia'],
  NZ: ['新西兰', '纽西兰', '紐西蘭'],
  PS: ['巴勒斯坦', 'Palestine'],
  VA: ['梵蒂冈', '教廷', 'Vatican'],
  DE: ['德国', '德國', '德意志', 'Deutschland'],
  FR: ['法国', '法國', '法兰西'],
  JP: ['日本', '日本国'],
  NL: ['荷兰', 'Holland', 'the Netherlands'],
  TR: ['土耳其', 'Turkey'],
  BN: ['文莱', '汶萊', 'Brunei'],
  SZ: ['斯威士兰', '埃斯瓦蒂尼', 'Swaziland'],
  MM: ['缅甸', 'Burma'],
  TL: ['东帝汶', 'East Timor'],
  KG: ['吉尔吉斯斯坦', '吉尔吉斯'],
  TZ: ['坦桑尼亚', 'Tanzania'],
  VN: ['越南', 'Viet Nam'],
  CV: ['佛得角', 'Cabo Verde'],
  AU: ['澳大利亚', '澳洲', 'Aussie'],
  ET: ['埃塞俄比亚', '衣索比亞'],
  MZ: ['莫桑比克', '莫三比克'],
};

/**
 * Display names where the package's own name would mislead (中非 alone means China–Africa in the
 * news) or is not the one the documents and users write (中国台湾省 for 台湾).
 */
export const DISPLAY_NAME_ZH: Readonly<Record<string, string>> = {
  CF: '中非共和国',
  TW: '台湾',
  MN: '蒙古国',
  ID: '印度尼西亚',
};

export const DISPLAY_NAME_EN: Readonly<Record<string, string>> = {
  US: 'United States',
  GB: 'United Kingdom',
  KR: 'South Korea',
  RU: 'Russia',
  IR: 'Iran',
  TW: 'Taiwan',
  CN: 'China',
  SY: 'Syria',
  LA: 'Laos',
  MK: 'North Macedonia',
  VA: 'Vatican',
  MD: 'Moldova',
  FM: 'Micronesia',
  BN: 'Brunei',
  PS: 'Palestine',
  TZ: 'Tanzania',
  CZ: 'Czechia',
  VN: 'Vietnam',
  TR: 'Turkey',
  CD: 'DR Congo',
  CG: 'Congo',
  BO: 'Bolivia',
  VE: 'Venezuela',
  KP: 'North Korea',
};

/**
 * Names that are not (only) a country when they stand in running text: the package's `中非` (China–Africa
 * in the news), words that contain a country name without meaning it (印度洋, 内蒙古, 新泽西, 苏丹红).
 * Listed so the text matcher consumes them without reporting the country.
 */
export const NOT_A_COUNTRY_IN_TEXT: readonly string[] = ['中非', '印度洋', '内蒙古', '新泽西', '马里兰', '苏丹红', '新几内亚'];

/**
 * Names that stand for several places at once in running text: 港澳台同胞 are people of Hong Kong,
 * Macao and Taiwan, so the sentence mentions each of them (and /country 香港 lists it). Within
 * 香港澳门 港澳 reads the same places; 港台 is left out: 香港台风 is a typhoon, not Taiwan.
 */
export const COMPOUND_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['港澳台', ['HK', 'MO', 'TW']],
  ['台港澳', ['TW', 'HK', 'MO']],
  ['港澳臺', ['HK', 'MO', 'TW']],
  ['臺港澳', ['TW', 'HK', 'MO']],
  ['港澳', ['HK', 'MO']],
]);

/**
 * The compound names that include a place, for highlighting them in its sentences. Not the pairs:
 * inside 香港澳门, 港澳 would stretch 香港's highlight over 澳.
 */
export function compoundNamesOf(id: string): string[] {
  return [...COMPOUND_NAMES].filter(([name, ids]) => ids.includes(id) && name.length >= 3).map(([name]) => name);
}
