import { answerWith, defineQueryCommand } from '../src/discord/answer-command.js';

// /ask question: — a free-text question → the sentences that best answer it.
export const data = defineQueryCommand({
  name: 'ask',
  description: [
    '提问：返回语料中最能回答问题的原文句子',
    '提問：返回語料中最能回答問題的原文句子',
    'Ask a question; get the corpus sentences that answer it',
  ],
  option: {
    name: 'question',
    label: ['问题', '問題'],
    description: ['你的问题，例如：谁和古特雷斯通了电话', '你的問題，例如：誰和古特雷斯通了電話', 'Your question, in Chinese or English'],
  },
});

export const execute = answerWith('ask', 'question');
