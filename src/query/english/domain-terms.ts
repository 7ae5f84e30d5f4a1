// Curated English → Chinese vocabulary of the corpus's domain (epidemic response, health
// diplomacy, Chinese institutions) that CC-CEDICT lacks or glosses in a way a question would not
// use. General vocabulary only — never the answer to a particular question. Entries whose Chinese
// does not occur in the corpus are dropped at build time like any other headword.
// An all-capital English form (WHO, EU) is matched only as written in capitals.

export interface DomainTerm {
  en: readonly string[];
  /** Chinese forms, preferred first. */
  zh: readonly string[];
}

export const DOMAIN_TERMS: readonly DomainTerm[] = [
  // Organisations and groupings
  { en: ['WHO', 'World Health Organization', 'World Health Organisation'], zh: ['世界卫生组织', '世卫组织'] },
  { en: ['UN', 'United Nations'], zh: ['联合国'] },
  { en: ['EU', 'European Union'], zh: ['欧盟'] },
  { en: ['ASEAN'], zh: ['东盟'] },
  { en: ['AU', 'African Union'], zh: ['非盟'] },
  { en: ['G20', 'Group of Twenty'], zh: ['二十国集团'] },
  { en: ['BRICS'], zh: ['金砖国家'] },
  { en: ['SCO', 'Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'], zh: ['上海合作组织', '上合组织'] },
  { en: ['World Bank'], zh: ['世界银行'] },
  { en: ['Belt and Road', 'Belt and Road Initiative', 'BRI'], zh: ['一带一路'] },
  // Chinese institutions
  { en: ['State Council'], zh: ['国务院'] },
  { en: ['NHC', 'National Health Commission', 'health commission'], zh: ['国家卫生健康委', '国家卫生健康委员会', '国家卫健委', '卫健委'] },
  { en: ['State Council Information Office', 'SCIO'], zh: ['国务院新闻办公室', '国新办'] },
  { en: ['Foreign Ministry', 'Ministry of Foreign Affairs', 'MFA'], zh: ['外交部'] },
  { en: ['joint prevention and control mechanism'], zh: ['联防联控机制', '联防联控'] },
  { en: ['Politburo', 'Political Bureau'], zh: ['政治局'] },
  { en: ['CDC', 'center for disease control', 'centre for disease control'], zh: ['疾控中心', '疾病预防控制中心'] },
  // The disease and the epidemic
  { en: ['outbreak', 'pandemic', 'epidemic'], zh: ['疫情', '大流行'] },
  { en: ['COVID', 'COVID-19', 'COVID 19'], zh: ['新冠肺炎', '新冠肺炎疫情'] },
  { en: ['coronavirus', 'novel coronavirus', 'new coronavirus', 'SARS-CoV-2'], zh: ['新冠病毒', '新型冠状病毒', '病毒'] },
  { en: ['virus'], zh: ['病毒'] },
  { en: ['pneumonia'], zh: ['肺炎'] },
  { en: ['confirmed case'], zh: ['确诊病例', '确诊'] },
  { en: ['suspected case'], zh: ['疑似病例'] },
  { en: ['imported case'], zh: ['境外输入', '输入病例'] },
  { en: ['asymptomatic', 'asymptomatic case', 'asymptomatic infection'], zh: ['无症状感染者', '无症状'] },
  { en: ['case'], zh: ['病例'] },
  { en: ['new', 'newly'], zh: ['新增'] },
  { en: ['new case', 'newly confirmed case'], zh: ['新增确诊病例', '新增病例', '新增'] },
  { en: ['patient'], zh: ['患者', '病人'] },
  { en: ['infection', 'infect'], zh: ['感染'] },
  { en: ['death', 'fatality'], zh: ['死亡'] },
  { en: ['recovered', 'cured'], zh: ['治愈', '出院'] },
  { en: ['prevention and control', 'epidemic control', 'epidemic prevention'], zh: ['防控', '疫情防控', '防疫'] },
  { en: ['early detection', 'detected early', 'early discovery'], zh: ['早发现'] },
  { en: ['early reporting', 'early report'], zh: ['早报告'] },
  { en: ['early isolation'], zh: ['早隔离'] },
  { en: ['early treatment'], zh: ['早治疗'] },
  { en: ['lockdown', 'lock down'], zh: ['封城', '离汉通道', '封控'] },
  { en: ['quarantine', 'isolation', 'self isolation', 'home quarantine'], zh: ['隔离', '居家隔离'] },
  { en: ['nucleic acid test', 'PCR test'], zh: ['核酸检测'] },
  { en: ['test', 'testing'], zh: ['检测'] },
  { en: ['test kit', 'testing kit', 'detection kit'], zh: ['检测试剂盒', '试剂盒', '检测试剂'] },
  { en: ['vaccine', 'vaccination'], zh: ['疫苗'] },
  { en: ['gene sequence', 'genome sequence', 'genetic sequence', 'sequencing'], zh: ['基因序列', '基因测序', '测序', '基因组序列'] },
  { en: ['diagnosis and treatment', 'treatment plan', 'treatment protocol'], zh: ['诊疗方案', '诊疗'] },
  { en: ['guideline', 'guidelines', 'guidance'], zh: ['指南', '技术指南'] },
  { en: ['traditional Chinese medicine', 'TCM'], zh: ['中医药', '中医'] },
  { en: ['public health'], zh: ['公共卫生'] },
  // Medical supplies and people
  { en: ['mask', 'face mask', 'surgical mask'], zh: ['口罩', '医用口罩'] },
  { en: ['ventilator', 'respirator'], zh: ['呼吸机'] },
  { en: ['protective suit', 'protective clothing', 'protective gear', 'PPE'], zh: ['防护服', '防护用品'] },
  { en: ['supplies', 'medical supplies'], zh: ['物资', '医疗物资', '防疫物资', '提供'] },
  { en: ['provide', 'give', 'offer'], zh: ['提供', '给予'] },
  { en: ['medical team'], zh: ['医疗队', '医疗专家组'] },
  { en: ['medical expert team', 'expert team'], zh: ['医疗专家组', '专家组'] },
  { en: ['expert', 'specialist'], zh: ['专家'] },
  { en: ['medical worker', 'health worker', 'medical staff', 'healthcare worker'], zh: ['医务人员', '医护人员'] },
  { en: ['Fangcang', 'makeshift hospital', 'temporary hospital', 'cabin hospital', 'field hospital'], zh: ['方舱医院'] },
  { en: ['volunteer'], zh: ['志愿者'] },
  { en: ['overseas Chinese'], zh: ['华侨', '侨胞'] },
  { en: ['international student', 'overseas student'], zh: ['留学生'] },
  // Diplomacy and meetings
  {
    en: ['video conference', 'video meeting', 'videoconference', 'video call', 'virtual meeting', 'online meeting'],
    zh: ['视频会议', '视频会', '视频连线'],
  },
  // In a question about leaders, "call" is a phone call; "call for" is an appeal ("call on" is not
  // taken: "call on" followed by a day is a date).
  { en: ['phone call', 'telephone call', 'phone', 'telephone', 'call', 'speak by phone', 'talk by phone'], zh: ['通电话', '电话'] },
  { en: ['call for', 'appeal', 'urge'], zh: ['呼吁'] },
  { en: ['press conference', 'news conference', 'briefing'], zh: ['新闻发布会', '记者会', '发布会'] },
  { en: ['spokesperson', 'spokesman', 'spokeswoman'], zh: ['发言人'] },
  { en: ['summit'], zh: ['峰会', '特别峰会'] },
  { en: ['international cooperation'], zh: ['国际合作'] },
  { en: ['community with a shared future', 'shared future'], zh: ['人类命运共同体', '命运共同体', '卫生健康共同体'] },
  { en: ['donate', 'donation'], zh: ['捐赠', '捐助', '捐款'] },
  { en: ['aid', 'assistance'], zh: ['援助', '帮助', '支持'] },
  { en: ['emergency loan'], zh: ['紧急贷款', '贷款'] },
  { en: ['loan'], zh: ['贷款'] },
  // Economy and daily life
  { en: ['resumption of work', 'work resumption', 'resume work', 'reopen'], zh: ['复工复产', '复工', '复产'] },
  { en: ['Spring Festival', 'Chinese New Year', 'Lunar New Year'], zh: ['春节'] },
  { en: ['customs'], zh: ['海关'] },
  { en: ['flight'], zh: ['航班'] },
  // Regions and places the corpus names in short forms
  { en: ['Latin America'], zh: ['拉美', '拉丁美洲'] },
  { en: ['Caribbean'], zh: ['加勒比'] },
  { en: ['Central and Eastern Europe', 'CEEC'], zh: ['中东欧'] },
  { en: ['South Pacific', 'Pacific island'], zh: ['南太平洋', '太平洋岛国'] },
  { en: ['Wuhan'], zh: ['武汉'] },
  { en: ['Hubei'], zh: ['湖北'] },
  { en: ['Xi Jinping', 'President Xi', 'Xi'], zh: ['习近平'] },
  { en: ['Li Keqiang', 'Premier Li'], zh: ['李克强'] },
  { en: ['Wang Yi'], zh: ['王毅'] },
  { en: ['Zhong Nanshan'], zh: ['钟南山'] },
  { en: ['Tedros', 'Tedros Adhanom Ghebreyesus', 'Director-General of WHO'], zh: ['谭德塞'] },
];
