import { beforeAll, describe, expect, it } from 'vitest';
import { isBareLabel } from '../../src/answer/bare-label.js';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver } from '../support/temp-corpus.js';

describe('isBareLabel', () => {
  it.each(['决议：', '**行动项**：', '注意事项:', 'Notes:', '**决议：**', '决议：\u3000', '`Notes:` '])(
    'given "%s", then a label',
    (text) => {
      expect(isBareLabel(text)).toBe(true);
    },
  );

  it.each(['定期航线有三条：', '学完以后，你应该能够：', '主持：王小林', '决议：下周发布。', '行动项', '决议：**下周**', '：', ''])(
    'given "%s", then not',
    (text) => {
      expect(isBareLabel(text)).toBe(false);
    },
  );
});

// Minutes whose meetings each end with a bare label over their list (**行动项**：).
let engine: Engine;
beforeAll(async () => {
  const meeting = (day: string, n: number, body: string, items: string[]) => [
    `## 2025年${day} 第${n}次例会`,
    '**主持**：王小林',
    `**请假**：${n === 1 ? '孙梅（生病）' : '无'}`,
    body,
    '**决议**：',
    '1. 下次继续。',
    '**行动项**：',
    ...items.map((item) => `- [ ] ${item}`),
  ];
  engine = await engineOver('bare-label', {
    'minutes.md': [
      '# 项目例会纪要',
      ...meeting('3月8日', 1, '讨论了新版本的发布计划。', ['周航：整理发布说明', '赵一鸣：修复登录问题']),
      ...meeting('3月22日', 2, '回顾了新版本的用户反馈。', ['周航：回复用户邮件', '赵一鸣：补充测试']),
      ...meeting('4月5日', 3, '讨论了服务器迁移方案。', ['周航：联系机房', '赵一鸣：写迁移脚本']),
    ].join('\n\n'),
  });
});

describe('a bare label in ranked answers', () => {
  it.each(['孙梅为什么请假', '服务器迁移怎么安排', '周航负责什么'])('given "%s", then no label ranks before a sentence', (query) => {
    const texts = engine.answer({ command: 'ask', query, pageSize: 50 }).items.map((i) => i.text);
    const firstLabel = texts.findIndex(isBareLabel);
    expect(firstLabel < 0 || texts.slice(firstLabel).every(isBareLabel)).toBe(true);
  });
});
