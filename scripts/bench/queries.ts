// The benchmark's queries: written for it, not taken from the evaluation sets (eval/*.json), so
// that tuning the ranking on those sets cannot tune the speed figures too. /ask questions are
// long, as people type them; /search takes keywords.
export const BENCH_QUERIES = {
  ask: [
    '中国在疫情期间向世界卫生组织提供了哪些支持和捐款？',
    '国家卫生健康委如何指导援外医疗队开展疫情防控培训？',
    '习近平在与外国领导人通电话时如何评价国际合作抗疫？',
    '中国政府采取了哪些措施保障湖北和武汉的医疗物资供应？',
    '哪些国家和国际组织向中国提供了防疫物资援助？',
    '疫情防控期间如何统筹推进经济社会发展和复工复产？',
    '中国同各国分享诊疗方案和防控经验的方式有哪些？',
    '中医药在新冠肺炎患者救治中发挥了什么作用？',
  ],
  search: ['医疗物资', '视频会议', '防控经验', '复工复产', '核酸检测', '口罩 捐赠', '联合专家组', '科研攻关'],
  date: ['3月12日', '3/20', 'March 25', '三月十五日', '3月10日至12日', '2020-03-09', '3月22日', '3.26'],
  country: ['伊朗', '日本', 'Germany', '塞尔维亚', '巴基斯坦', '非盟', '英国', '西班牙'],
} as const;

export type BenchCommand = keyof typeof BENCH_QUERIES;
export const BENCH_COMMANDS = Object.keys(BENCH_QUERIES) as BenchCommand[];
/** Commands the reference engine can answer (it has no dates or countries). */
export const REFERENCE_COMMANDS = ['ask', 'search'] as const satisfies readonly BenchCommand[];
