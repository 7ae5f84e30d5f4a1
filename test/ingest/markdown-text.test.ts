import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { inferMeta } from '../../src/ingest/document-meta.js';
import { frontMatterLines, frontMatterTitle } from '../../src/ingest/front-matter.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { inlineText, markdownLine, markdownText } from '../../src/ingest/markdown-text.js';

/** The non-empty lines `markdownText` shows, and its notes. */
function shown(source: string): { text: string[]; notes: string[] } {
  const { lines, notes } = markdownText(source.split('\n'));
  return { text: lines.map((l) => l.text).filter(Boolean), notes };
}

/** A .md document as the loader reads it: title inferred, then ingested. */
function ingestMarkdown(source: string) {
  const meta: DocumentMeta = { ...inferMeta('notes.md', source), file: 'notes.md' };
  return { meta, doc: ingestDocument(meta, source) };
}
const passages = (source: string) => ingestMarkdown(source).doc.passages.map((p) => p.text);

describe('an unclosed code fence', () => {
  const source = '# 安装说明\n\n```\nnpm install\n\n## 常见问题\n\n忘记密码时请联系管理员重置。';

  it('given ``` never closed, then it is no fence: the text after it is kept, and a note says so', () => {
    const { text, notes } = shown(source);
    expect(text).toEqual(['# 安装说明', 'npm install', '## 常见问题', '忘记密码时请联系管理员重置。']);
    expect(notes).toEqual([expect.stringContaining('第 3 行')]);
    expect(notes[0]).toContain('没有结束标记');
  });

  it('given closed fences (also with a longer or tilde closer, and fence-like lines inside), then their code is skipped without a note', () => {
    const { text, notes } = shown('前。\n````md\n```js\n代码\n```\n````\n~~~\n不是正文\n~~~~\n后。');
    expect(text).toEqual(['前。', '后。']);
    expect(notes).toEqual([]);
  });

  it('given a closed fence followed by an unclosed one, then only the unclosed one is read as text', () => {
    const { text, notes } = shown('```\n代码\n```\n正文。\n```python\n漏掉的结尾。');
    expect(text).toEqual(['正文。', '漏掉的结尾。']);
    expect(notes).toEqual([expect.stringContaining('第 5 行')]);
  });
});

describe('front matter or a thematic break', () => {
  const ruled = '---\n\n# 会议记录\n\n会议决定下月搬迁办公室。\n\n---\n\n第二部分：预算增加一成。';

  it('given a file opening with a --- rule and prose before the next ---, then nothing is taken for front matter', () => {
    expect(frontMatterLines(ruled.split('\n'))).toBe(0);
    const { meta, doc } = ingestMarkdown(ruled);
    expect(meta.title).toBe('会议记录');
    expect(doc.passages.map((p) => p.text)).toEqual(['会议决定下月搬迁办公室。', '第二部分：预算增加一成。']);
    // The # heading opening the text, the only one, is its title, not a part.
    expect(doc.sections).toEqual([]);
  });

  it('given YAML front matter (keys, a list under a key, a nested key), then it is skipped and its title read', () => {
    const source = '---\ntitle: "徒步笔记"\ntags:\n  - 户外\n- 香山\nauthor:\n  name: 王\n---\n正文。';
    expect(frontMatterLines(source.split('\n'))).toBe(8);
    expect(frontMatterTitle(source.split('\n'))).toBe('徒步笔记');
    expect(passages(source)).toEqual(['正文。']);
  });

  it('given TOML front matter (+++), then it is skipped and its title read', () => {
    const source = '+++\ntitle = "年度报告"\ndate = 2024-01-01\n[params]\ntags = [\n  "a",\n]\n+++\n正文。';
    expect(frontMatterLines(source.split('\n'))).toBe(8);
    expect(ingestMarkdown(source).meta.title).toBe('年度报告');
    expect(passages(source)).toEqual(['正文。']);
  });

  it('given front matter never closed, or holding only blank lines, then it is not front matter and nothing is lost', () => {
    expect(frontMatterLines(['---', 'title: 草稿', '', '正文第一段。'])).toBe(0);
    expect(frontMatterLines(['+++', 'title = "x"'])).toBe(0);
    expect(frontMatterLines(['---', '', '---', '正文。'])).toBe(0);
    expect(passages('---\n\n---\n正文。')).toEqual(['正文。']);
  });

  it('given a first line naming no front matter ("__proto__"), then it is text', () => {
    expect(frontMatterLines(['__proto__', 'x'])).toBe(0);
    expect(frontMatterTitle(['constructor', 'x'])).toBe(null);
  });
});

describe('HTML comments are hidden text', () => {
  it('given comments on one line and over several lines, then none of their text is indexed or becomes the title', () => {
    const source =
      '<!-- 管理员密码：abc123 -->\n# 账号\n\n<!--\n备用密码：xyz789\n-->\n登录后请修改密码。<!-- 备注：旧密码 -->请勿外传。\n';
    const { meta, doc } = ingestMarkdown(source);
    expect(meta.title).toBe('账号');
    expect(doc.passages.map((p) => p.text)).toEqual(['登录后请修改密码。', '请勿外传。']);
    expect(JSON.stringify(doc)).not.toMatch(/密码：|abc123|xyz789|旧密码/u);
  });

  it('given a comment never closed, then the rest stays hidden (as a browser shows it) and a note says so', () => {
    const { text, notes } = shown('正文。\n<!-- 草稿\n密码：abc123\n');
    expect(text).toEqual(['正文。']);
    expect(notes).toEqual([expect.stringContaining('第 2 行的 HTML 注释')]);
  });

  it('given <!-- inside fenced code, or the empty comment <!-->, then it opens no comment', () => {
    expect(shown('```\n<!--\n```\n正文。').text).toEqual(['正文。']);
    expect(inlineText('前<!-->后')).toBe('前后');
    expect(shown('前<!-->\n后。').text).toEqual(['前', '后。']);
  });
});

describe('indented code blocks', () => {
  it('given lines indented by 4 spaces or a tab after a blank line, then they are skipped like fenced code', () => {
    expect(passages('# 示例\n\n运行命令：\n\n    rm -rf 临时目录\n    echo 完成\n\n\tnpm test\n\n结束。')).toEqual([
      '运行命令：',
      '结束。',
    ]);
  });

  it('given indented lines continuing a paragraph or inside a list item, then they are text', () => {
    expect(passages('# 笔记\n第一句，\n    接着写完。\n\n- 列表项\n\n    列表项的第二段。')).toEqual([
      '第一句，接着写完。',
      '列表项',
      '列表项的第二段。',
    ]);
  });

  it('given indented lines that read as prose, then a note says they were skipped as code', () => {
    const { text, notes } = shown('标题\n\n    这一段缩进了四格。它是正文。\n\n结尾。');
    expect(text).toEqual(['标题', '结尾。']);
    expect(notes).toEqual([expect.stringContaining('第 3–')]);
  });

  it('given Chinese paragraphs indented with full-width spaces, then they are text (only spaces and tabs indent code)', () => {
    expect(passages('前言\n\n\u3000\u3000第一段。\n\n\u3000\u3000第二段。')).toEqual(['第一段。', '第二段。']);
  });
});

describe('footnotes', () => {
  it('given footnote references and a definition, then the marks go and the footnote text stays', () => {
    expect(passages('根据报告[^1]，增长明显[^note-2]。\n\n[^1]: 统计局2023年报告。')).toEqual([
      '根据报告，增长明显。',
      '统计局2023年报告。',
    ]);
  });
});

describe('setext headings', () => {
  it('given a line underlined with === or ---, then it is a heading of level 1 or 2', () => {
    const { text } = shown('会议纪要\n===\n\n议题一\n---\n讨论了预算。\n\n议题二\n------\n讨论了人事。');
    expect(text).toEqual(['# 会议纪要', '## 议题一', '讨论了预算。', '## 议题二', '讨论了人事。']);
  });

  it('given --- after a blank line, a list item or a table row, then it is a rule, not an underline', () => {
    expect(shown('正文。\n\n---\n\n下文。').text).toEqual(['正文。', '下文。']);
    expect(shown('- 列表项\n---\n下文。').text).toEqual(['- 列表项', '下文。']);
  });

  it('given a paragraph underlined, read line by line, then the underline still ends the paragraph (it is not joined to the next)', () => {
    const state = { inCode: false };
    const lines = ['议题一', '---', '讨论了预算。'].map((l) => markdownLine(l, state)?.text);
    expect(lines).toEqual(['议题一', '', '讨论了预算。']);
  });
});

describe('rules and long lines', () => {
  it('given *** or ___ rules, then they show no text', () => {
    expect(passages('第一段。\n\n***\n\n___\n\n* * *\n\n第二段。')).toEqual(['第一段。', '第二段。']);
  });

  it('given long lines of comment openers, dashes or footnote marks, then the document is read in linear time', () => {
    const started = Date.now();
    for (const line of [`${'<!--'.repeat(100_000)}-->`, `${'- '.repeat(100_000)}x`, '[^'.repeat(100_000), '<!-- a -->'.repeat(50_000)]) {
      expect(shown(`标题\n${line}\n结尾。`).text.at(-1)).toBe('结尾。');
    }
    expect(inlineText(`前${'<!--'.repeat(100_000)}`)).toBe('前');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
