import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { answerOverFiles } from '../support/answer-over.js';

// A Markdown file whose front matter titles it one way and whose opening # heading another: the
// heading is a title of the document (not a part, not a sentence), and its words are still found.

const RULES = [
  '---',
  'title: 星港茶馆 Discord 服务器规则与常见问题',
  '---',
  '',
  '# 星港茶馆 · 萌新守则与 FAQ',
  '',
  '欢迎来到星港茶馆。',
  '',
  '## 一、基本规则',
  '',
  '禁止发布广告。',
  '',
  '## 二、违规处理',
  '',
  '第一次违规给予警告。',
  '',
].join('\n');

describe('a title heading that differs from the front matter title', () => {
  it('given the file, then the heading is its title heading: no part and no sentence', () => {
    const doc = ingestDocument({ id: 'rules', title: '星港茶馆 Discord 服务器规则与常见问题', kind: 'plain', file: 'rules.md' }, RULES);
    expect(doc.titleHeading).toBe('星港茶馆 · 萌新守则与 FAQ');
    expect(doc.sections.map((s) => s.path)).toEqual([['一、基本规则'], ['二、违规处理']]);
    expect(doc.passages.map((p) => p.text)).not.toContain('星港茶馆 · 萌新守则与 FAQ');
  });

  it('given a heading that is the title, then no title heading', () => {
    const doc = ingestDocument({ id: 'rules', title: '服务器规则', kind: 'plain', file: 'rules.md' }, '# 服务器规则\n\n## 一\n\n甲。\n');
    expect(doc.titleHeading).toBeUndefined();
  });

  describe('answers', () => {
    const engine = answerOverFiles('title-heading', { 'rules.md': RULES, 'other.txt': '会议纪要\n\n会议讨论了预算。\n' });

    it('given /search of a word only the heading writes, then the message names the document it titles', () => {
      const answer = engine.answer({ command: 'search', query: '萌新守则' });
      expect(answer.total).toBe(0);
      expect(answer.message).toMatch(/只写在标题或章节名中：《星港茶馆 Discord 服务器规则与常见问题》/);
    });

    it('given a question naming the document by a part of its heading, then the whole document', () => {
      const answer = engine.answer({ command: 'ask', query: '萌新守则讲了什么' });
      expect(answer.items.map((i) => i.text)).toEqual(['欢迎来到星港茶馆。', '禁止发布广告。', '第一次违规给予警告。']);
    });
  });
});
