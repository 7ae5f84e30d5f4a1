// Regions, groupings and international organisations the corpus names, as entities of their own.
// Members are ISO alpha-2 codes as of 2020 (the corpus year); an empty list means "not a fixed set".

export interface RegionData {
  /** `region:…` for places and groupings of countries, `org:…` for organisations. */
  id: string;
  name: string;
  english: string;
  /** Other ways the corpus and users write it (Simplified, Traditional forms are added by conversion). */
  names: readonly string[];
  members: readonly string[];
}

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
// The 17 countries of the China–CEEC cooperation in 2020 ("17个中东欧国家" in the chronicle).
const CEE = ['AL', 'BA', 'BG', 'HR', 'CZ', 'EE', 'GR', 'HU', 'LV', 'LT', 'ME', 'MK', 'PL', 'RO', 'RS', 'SK', 'SI'];
const AFRICA = [
  'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER', 'SZ', 'ET', 'GA', 'GM', 'GH', 'GN',
  'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ', 'NA', 'NE', 'NG', 'RW', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD',
  'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW', 'EH',
];
const LAC = [
  'AG', 'AR', 'BS', 'BB', 'BZ', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC', 'SV', 'GD', 'GT', 'GY', 'HT', 'HN', 'JM', 'MX', 'NI', 'PA',
  'PY', 'PE', 'KN', 'LC', 'VC', 'SR', 'TT', 'UY', 'VE',
];
// The 10 Pacific island countries with diplomatic ties to China in 2020 ("10个南太平洋岛国").
const PACIFIC_ISLANDS = ['FJ', 'PG', 'WS', 'TO', 'VU', 'FM', 'CK', 'NU', 'SB', 'KI'];
const G20 = ['AR', 'AU', 'BR', 'CA', 'CN', 'FR', 'DE', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'ZA', 'TR', 'GB', 'US'];

export const REGIONS: readonly RegionData[] = [
  { id: 'region:eu', name: '欧盟', english: 'European Union', names: ['欧洲联盟', '欧盟委员会', '欧洲理事会', '欧洲疾控中心', 'EU', 'European Union'], members: EU },
  { id: 'region:europe', name: '欧洲', english: 'Europe', names: ['Europe'], members: [] },
  { id: 'region:asean', name: '东盟', english: 'ASEAN', names: ['东南亚国家联盟', 'ASEAN'], members: ASEAN },
  { id: 'region:southeast-asia', name: '东南亚', english: 'Southeast Asia', names: ['Southeast Asia'], members: ASEAN },
  { id: 'region:africa', name: '非洲', english: 'Africa', names: ['非洲国家', 'Africa'], members: AFRICA },
  { id: 'region:cee', name: '中东欧', english: 'Central and Eastern Europe', names: ['中东欧国家', '中东欧地区', 'CEEC'], members: CEE },
  { id: 'region:middle-east', name: '中东', english: 'Middle East', names: ['中东地区', 'Middle East'], members: [] },
  { id: 'region:lac', name: '拉美和加勒比', english: 'Latin America and the Caribbean', names: ['拉丁美洲和加勒比', '拉美', '拉丁美洲', '加勒比', '中美洲', 'Latin America', 'Caribbean'], members: LAC },
  { id: 'region:americas', name: '美洲', english: 'Americas', names: ['美洲区', 'Americas'], members: [] },
  { id: 'region:pacific-islands', name: '南太平洋岛国', english: 'Pacific Island countries', names: ['太平洋岛国', 'Pacific Islands'], members: PACIFIC_ISLANDS },
  { id: 'region:central-asia', name: '中亚', english: 'Central Asia', names: ['中亚五国', 'Central Asia'], members: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] },
  { id: 'region:south-asia', name: '南亚', english: 'South Asia', names: ['South Asia'], members: ['AF', 'BD', 'BT', 'IN', 'MV', 'NP', 'PK', 'LK'] },
  { id: 'region:eurasia', name: '欧亚', english: 'Eurasia', names: ['欧亚地区', 'Eurasia'], members: [] },
  { id: 'region:arab', name: '阿拉伯国家', english: 'Arab states', names: ['阿拉伯', '阿盟', '阿拉伯国家联盟', 'Arab League'], members: [] },
  { id: 'org:gcc', name: '海合会', english: 'Gulf Cooperation Council', names: ['海湾阿拉伯国家合作委员会', '海湾合作委员会', '海合会合作委员会', 'GCC'], members: ['SA', 'AE', 'KW', 'QA', 'BH', 'OM'] },
  { id: 'org:who', name: '世界卫生组织', english: 'World Health Organization', names: ['世卫组织', '世卫', 'WHO', 'World Health Organisation'], members: [] },
  { id: 'org:un', name: '联合国', english: 'United Nations', names: ['UN', 'United Nations'], members: [] },
  { id: 'org:unicef', name: '联合国儿童基金会', english: 'UNICEF', names: ['UNICEF'], members: [] },
  { id: 'org:g20', name: '二十国集团', english: 'G20', names: ['20国集团', 'G20', 'Group of Twenty'], members: G20 },
  { id: 'org:sco', name: '上海合作组织', english: 'Shanghai Cooperation Organisation', names: ['上合组织', 'SCO'], members: ['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK'] },
  { id: 'org:brics', name: '金砖国家', english: 'BRICS', names: ['金砖', 'BRICS'], members: ['BR', 'RU', 'IN', 'CN', 'ZA'] },
  { id: 'org:african-union', name: '非盟', english: 'African Union', names: ['非洲联盟', 'African Union'], members: [] },
  { id: 'org:paho', name: '泛美卫生组织', english: 'Pan American Health Organization', names: ['PAHO'], members: [] },
  { id: 'org:idb', name: '美洲开发银行', english: 'Inter-American Development Bank', names: ['IDB'], members: [] },
  { id: 'org:world-bank', name: '世界银行', english: 'World Bank', names: ['世行', 'World Bank'], members: [] },
  { id: 'org:imf', name: '国际货币基金组织', english: 'International Monetary Fund', names: ['IMF'], members: [] },
  { id: 'org:aiib', name: '亚洲基础设施投资银行', english: 'Asian Infrastructure Investment Bank', names: ['亚投行', 'AIIB'], members: [] },
  { id: 'org:adb', name: '亚洲开发银行', english: 'Asian Development Bank', names: ['亚行', 'ADB'], members: [] },
  { id: 'org:ndb', name: '新开发银行', english: 'New Development Bank', names: ['金砖国家新开发银行', 'NDB'], members: [] },
  { id: 'org:caricom', name: '加勒比共同体', english: 'CARICOM', names: ['加共体', 'CARICOM'], members: [] },
  { id: 'org:apec', name: '亚太经合组织', english: 'APEC', names: ['APEC'], members: [] },
];
