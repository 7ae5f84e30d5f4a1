import { answerWith, defineQueryCommand } from '../src/discord/answer-command.js';

// /context id: — a passage with its neighbours (the whole entry, or ±2 sentences).
// Usually reached through the 上下文 button under each hit, which carries the id.
export const data = defineQueryCommand({
  name: 'context',
  description: ['查看某条原文句子的上下文', '查看某條原文句子的上下文', 'Show a passage with its surrounding text'],
  option: {
    name: 'id',
    label: ['编号', '編號'],
    description: [
      '段落 ID（答案中“上下文”按钮所带的 ID）',
      '段落 ID（答案中「上下文」按鈕所帶的 ID）',
      'Passage id (as carried by the context button)',
    ],
    maxLength: 100,
  },
});

export const execute = answerWith('context', 'id');
