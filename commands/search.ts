import { answerWith, defineQueryCommand } from '../src/discord/answer-command.js';

// /search keywords: — keywords or a quote → matching sentences, exact phrases first.
export const data = defineQueryCommand({
  name: 'search',
  description: ['关键词检索：返回包含这些词的原文句子', '關鍵詞檢索：返回包含這些詞的原文句子', 'Search keywords or a quote in the corpus'],
  option: {
    name: 'keywords',
    label: ['关键词', '關鍵詞'],
    description: [
      '关键词或引文，例如：方舱医院；"引号"只要原文，-词 排除',
      '關鍵詞或引文，例如：方艙醫院；"引號"只要原文，-詞 排除',
      'Keywords or a quote; "quoted" as written only, -word left out',
    ],
  },
});

export const execute = answerWith('search', 'keywords');
