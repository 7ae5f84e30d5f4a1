import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';

const meta: DocumentMeta = { id: 'notes', title: '防疫笔记', kind: 'plain' };

describe('plain documents', () => {
  it('given paragraphs then each sentence is a passage, numbered through the document', () => {
    const doc = ingestDocument(meta, '第一段第一句。第一段第二句！\n\n第二段。');
    expect(doc.passages.map((p) => p.text)).toEqual(['第一段第一句。', '第一段第二句！', '第二段。']);
    expect(doc.passages.map((p) => p.places[0]?.sentence)).toEqual([1, 2, 3]);
    expect(doc.sections).toEqual([]);
  });

  it('given Markdown headings then they become section paths and are not passages', () => {
    const doc = ingestDocument(meta, '# 背景\n疫情暴发。\n## 措施\n封城。隔离。\n# 结论\n有效。');
    expect(doc.sections.map((s) => s.path)).toEqual([['背景'], ['背景', '措施'], ['结论']]);
    const isolate = doc.passages.find((p) => p.text === '隔离。');
    expect(isolate?.section).toEqual(['背景', '措施']);
    expect(isolate?.places[0]?.sentence).toBe(2);
    expect(doc.passages.some((p) => p.text.includes('#'))).toBe(false);
  });

  it('given parts headed ## with no # heading over them, then each part stands alone, its ### under it', () => {
    const doc = ingestDocument(
      meta,
      '## 第一部分\n苹果是红色的。\n## 第二部分\n香蕉是黄色的。\n### 产地\n海南。\n## 第三部分\n葡萄是紫色的。',
    );
    expect(doc.sections.map((s) => s.path)).toEqual([['第一部分'], ['第二部分'], ['第二部分', '产地'], ['第三部分']]);
    expect(doc.passages.find((p) => p.text === '葡萄是紫色的。')?.section).toEqual(['第三部分']);
  });

  it('given a Chinese sentence wrapped over two lines then it is joined without a space; English with one', () => {
    const doc = ingestDocument(meta, '中国同世界卫生组织深化交\n流合作。\n\nWe share\ndata.');
    expect(doc.passages.map((p) => p.text)).toEqual(['中国同世界卫生组织深化交流合作。', 'We share data.']);
  });

  it("given list items then each is its own passage, a bullet without its mark, a numbered item with its number (a rule's number is how it is named)", () => {
    const doc = ingestDocument(meta, '- 戴口罩\n- 勤洗手\n1. 少聚集\n2) 多通风');
    expect(doc.passages.map((p) => p.text)).toEqual(['戴口罩', '勤洗手', '1. 少聚集', '2) 多通风']);
  });

  it('given a paragraph of labelled lines (a spec sheet), then each line is a passage of its own', () => {
    const doc = ingestDocument(meta, '防疫笔记\n\n额定功率：45W\n洁净空气量（CADR）：400 m³/h\n净重：6.8 kg');
    expect(doc.passages.map((p) => p.text)).toEqual(['额定功率：45W', '洁净空气量（CADR）：400 m³/h', '净重：6.8 kg']);
  });

  it('given a question and its answer on two labelled lines, then they stay one piece, read together', () => {
    const doc = ingestDocument(meta, '问：几点开门\n答：早上八点');
    expect(doc.passages.map((p) => p.text)).toEqual(['问：几点开门 答：早上八点']);
  });

  it('given a short line without punctuation over a paragraph, then it is a heading line of its own; a wrapped line or a label is not', () => {
    const text = (source: string) => ingestDocument(meta, source).passages.map((p) => p.text);
    expect(text('期末项目\n3–4 人一组，围绕一个真实的城市问题做一份完整的可视化报告。')).toEqual([
      '期末项目',
      '3–4 人一组，围绕一个真实的城市问题做一份完整的可视化报告。',
    ]);
    expect(text('中国同世界卫生组织深化交\n流合作共同应对疫情\n挑战。')).toEqual(['中国同世界卫生组织深化交流合作共同应对疫情挑战。']);
    expect(text('地址\n北京市海淀区中关村大街1号')).toEqual(['地址 北京市海淀区中关村大街1号']);
  });

  it('given a table pasted into a plain text, then each row is a passage of its cells under their column names, the header and rule line none', () => {
    const doc = ingestDocument(meta, '防疫笔记\n\n| 现象 | 原因 |\n| --- | --- |\n| 不出风 | 仓门没装好 |\n| 噪音大 | 包装袋未拆 |');
    expect(doc.passages.map((p) => p.text)).toEqual(['现象：不出风；原因：仓门没装好', '现象：噪音大；原因：包装袋未拆']);
  });

  it('given table rows with no header over a rule line, then each is a passage of its cells, as written', () => {
    const doc = ingestDocument(meta, '防疫笔记\n\n| 不出风 | 仓门没装好 |\n| 噪音大 | 包装袋未拆 |');
    expect(doc.passages.map((p) => p.text)).toEqual(['不出风，仓门没装好', '噪音大，包装袋未拆']);
  });

  it('given the title as first line then it is skipped; a first line that is a sentence is kept', () => {
    expect(ingestDocument(meta, '防疫笔记\n正文。').passages.map((p) => p.text)).toEqual(['正文。']);
    const sentenceTitle = { ...meta, title: '今天开会。' };
    expect(ingestDocument(sentenceTitle, '今天开会。\n正文。').passages.map((p) => p.text)).toEqual(['今天开会。', '正文。']);
  });

  it('given a document of one line, then that line is its title and its one passage, not an empty document', () => {
    const oneLine = { ...meta, title: '塔吉克斯坦' };
    expect(ingestDocument(oneLine, '塔吉克斯坦\n').passages.map((p) => p.text)).toEqual(['塔吉克斯坦']);
    // Not when a heading follows: it would file the title line under that heading.
    expect(ingestDocument(oneLine, '塔吉克斯坦\n\n# 概况\n').passages).toEqual([]);
  });

  it('given a repeated sentence then it is one passage with two places', () => {
    const doc = ingestDocument(meta, '要严防输入。\n\n其他。\n\n要严防输入。');
    expect(doc.passages).toHaveLength(2);
    expect(doc.passages[0]?.places.map((p) => p.sentence)).toEqual([1, 3]);
  });

  it('given an empty file then there are no passages and a warning', () => {
    const doc = ingestDocument(meta, '\n\n');
    expect(doc.passages).toEqual([]);
    expect(doc.warnings).toHaveLength(1);
  });
});

describe('Markdown documents (.md) as rendered', () => {
  const md: DocumentMeta = { ...meta, file: 'notes.md' };

  it('given front matter, code, a table, a quote, HTML and inline syntax, then sentences of the text a reader sees', () => {
    const source = [
      '---',
      'title: 徒步笔记',
      'tags: [户外]',
      '---',
      '# 路线',
      '香山步道**全长**约六公里，详见[官网](https://example.org)。',
      '```bash',
      'echo "不是句子"',
      '```',
      '| 路线 | 难度 |',
      '| --- | --- |',
      '| 香山 | `简单` |',
      '> 引用：出发前请查看<b>天气预报</b>。',
    ].join('\n');
    const doc = ingestDocument(md, source);
    expect(doc.passages.map((p) => p.text)).toEqual([
      '香山步道全长约六公里，详见官网。',
      '路线：香山；难度：简单',
      '引用：出发前请查看天气预报。',
    ]);
  });

  it('given a table of English cells, then each cell follows its column name with English marks (Chinese ones among Chinese cells)', () => {
    const doc = ingestDocument(md, '| Command | What it does |\n| --- | --- |\n| `!rating` | shows your Elo |\n| 香山 | easy |');
    expect(doc.passages.map((p) => p.text)).toEqual([
      'Command: !rating; What it does: shows your Elo',
      'Command：香山；What it does：easy',
    ]);
  });

  it('given a header-less table row of English cells, then they are joined with an English comma (a Chinese one among Chinese cells)', () => {
    const doc = ingestDocument(md, '| `!rating` | shows your Elo |\n| 香山 | easy |');
    expect(doc.passages.map((p) => p.text)).toEqual(['!rating, shows your Elo', '香山，easy']);
  });

  it('given a wholly bold line over a paragraph, then it is a passage of its own, not glued to the paragraph', () => {
    const source = [
      '## 五、作业',
      '**作业1：清洗一份真实数据**（第3周发布，第6周截止）',
      '从课程网站下载订单样本，完成去重。',
      '',
      '**期末项目**',
      '3–4 人一组，做一份可视化报告。',
      '**Q：晚上可以出海吗？**',
      'A：可以。',
      '**决议**：',
      '词库迁移到 SQLite。',
    ].join('\n');
    expect(ingestDocument(md, source).passages.map((p) => p.text)).toEqual([
      '作业1：清洗一份真实数据（第3周发布，第6周截止）',
      '从课程网站下载订单样本，完成去重。',
      '期末项目',
      '3–4 人一组，做一份可视化报告。',
      'Q：晚上可以出海吗？',
      'A：可以。',
      '决议： 词库迁移到 SQLite。',
    ]);
  });

  it('given the same syntax in a .txt document, then it is kept as written (only .md is Markdown)', () => {
    const doc = ingestDocument(meta, '香山步道**全长**约六公里。');
    expect(doc.passages.map((p) => p.text)).toEqual(['香山步道**全长**约六公里。']);
  });
});

describe('Markdown lines that could make a pattern scan back (a user file of brackets or dashes)', () => {
  // Unbounded, the first line alone took ~6 s (and a 1 MB line hours): the test times out.
  it('given long lines of "[", of "[a](" and of "| --- ", then the document is read (the patterns are bounded)', () => {
    const md: DocumentMeta = { ...meta, file: 'odd.md' };
    for (const line of ['['.repeat(60_000), '[a]('.repeat(30_000), `${'| --- '.repeat(30_000)}x`]) {
      const doc = ingestDocument(md, `标题\n${line}\n结尾。`);
      expect(doc.passages.at(-1)?.text).toMatch(/结尾。$/);
    }
  });
});

describe('a Markdown document read whole', () => {
  const md = (text: string) => ingestDocument({ id: 'm', title: '标题', kind: 'plain', file: 'm.md' }, text);

  it('given a fence never closed, then the text after it is kept, and a note says so', () => {
    const doc = md('# 安装说明\n\n```\nnpm install\n\n## 常见问题\n\n忘记密码时请联系管理员重置。\n');
    expect(doc.passages.map((p) => p.text)).toContain('忘记密码时请联系管理员重置。');
    expect(doc.warnings.join('\n')).toMatch(/```|代码块/);
  });

  it('given setext headings, then sections, not sentences; the first, opening the file over the others, its title', () => {
    const doc = md('会议记录\n====\n\n会议决定下月搬迁办公室。\n\n预算\n----\n\n预算增加一成。\n');
    expect(doc.passages.map((p) => [p.text, p.section?.join(' › ')])).toEqual([
      ['会议决定下月搬迁办公室。', undefined],
      ['预算增加一成。', '预算'],
    ]);
  });

  it('given text after the last --- rule with no heading after it, then a footer: under no section, numbered on from the text before the first', () => {
    const doc = md('# 日志\n\n说明。\n\n## 2024年5月3日 v1.3\n\n新增雪原。\n\n---\n\n如有问题请联系客服。\n');
    const footer = doc.passages.find((p) => p.text === '如有问题请联系客服。');
    expect([footer?.section, footer?.date, footer?.places[0]?.sentence]).toEqual([null, null, 2]);
    expect(doc.entries.map((e) => e.text)).toEqual(['新增雪原。']);
    // A rule with a heading after it is a pause inside the text: what follows it stays in its section.
    const paused = md('# 日志\n\n## 一\n\n甲。\n\n---\n\n乙。\n\n## 二\n\n丙。\n');
    expect(paused.passages.find((p) => p.text === '乙。')?.section).toEqual(['一']);
  });

  it('given a # heading opening the file over ## parts, then it is the title: the parts are the ## sections', () => {
    const doc = md('# 服务器规则\n\n欢迎加入。\n\n## 一、基本规则\n\n禁止广告。\n\n## 二、违规处理\n\n第一次警告。\n');
    expect(doc.sections.map((s) => s.path)).toEqual([['一、基本规则'], ['二、违规处理']]);
    // A second # heading makes every # a part; so does text before the first.
    expect(md('# 上篇\n\n甲。\n\n# 下篇\n\n乙。\n').sections.map((s) => s.path)).toEqual([['上篇'], ['下篇']]);
    expect(md('前言。\n\n# 正文\n\n## 一\n\n甲。\n').sections.map((s) => s.path)).toEqual([['正文'], ['正文', '一']]);
  });

  it('given an HTML comment, then its text is never a passage', () => {
    const doc = md('正文第一句。\n\n<!-- 隐藏口令是白鹭\n不要公开 -->\n\n正文第二句。\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['正文第一句。', '正文第二句。']);
  });
});

describe('a paragraph of many sentences (text pasted without breaks)', () => {
  // Its passages were gathered with a scan of those before each (quadratic): 80,000 sentences
  // took a minute to build, and these 60,000 sentences 31 s, past this test's timeout.
  it('given 60,000 sentences on one line, then each is a passage, read in order', { timeout: 10_000 }, () => {
    const sentences = Array.from({ length: 60_000 }, (_, i) => `第${i}号样本合格。`);
    const doc = ingestDocument(meta, `样本记录\n\n${sentences.join('')}`);
    // The first line too: this document's title is in its metadata.
    expect(doc.passages).toHaveLength(60_001);
    expect(doc.passages.at(-1)?.text).toBe('第59999号样本合格。');
  });
});

describe('many headings', () => {
  it('given 20,000 headings, then each a section, read at once (each was looked for among all before it)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `# 标题${i}\n内容${i}。`).join('\n');
    const doc = ingestDocument({ ...meta, file: 'many.md' }, text);
    expect(doc.sections).toHaveLength(20_000);
    expect(doc.passages).toHaveLength(20_000);
  });
});

describe('chapter headings in plain text', () => {
  it('given 第N章 and 第N节 lines, then sections (a 节 under its 章), not text joined to the sentences around them', () => {
    const doc = ingestDocument(meta, '第一章 总则\n这是总则的第一句。\n\n第二章　细则\n细则只有一句。\n第一节：范围\n范围的句子。\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['这是总则的第一句。', '细则只有一句。', '范围的句子。']);
    expect(doc.sections.map((s) => s.path)).toEqual([['第一章 总则'], ['第二章　细则'], ['第二章　细则', '第一节：范围']]);
  });

  it('given headings alone on their lines, then no sentence glued from them', () => {
    const doc = ingestDocument(meta, '第一章\n第二章\n第三章\n');
    expect(doc.passages).toEqual([]);
  });

  it('given sentences that open with 第N部分 or 第N章, then they stay sentences', () => {
    const doc = ingestDocument(meta, '第三部分介绍了防控措施。\n\n第一章 讲的是总则，共三条。\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['第三部分介绍了防控措施。', '第一章 讲的是总则，共三条。']);
    expect(doc.sections).toEqual([]);
  });
});

describe('chapter headings in plain text, and what is not one', () => {
  it('given a wrapped sentence whose next line opens with 第三章, then one sentence, quoted whole', () => {
    const doc = ingestDocument(meta, '社区工作人员应当依照本条例\n第三章 的有关规定，向居民\n发放口罩和消毒用品。\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['社区工作人员应当依照本条例第三章 的有关规定，向居民发放口罩和消毒用品。']);
    expect(doc.sections).toEqual([]);
  });

  it('given 第N节 headings and no chapter, then each 节 is a part of its own, not under the one before', () => {
    const doc = ingestDocument(meta, '第一节 背景\n学校开学推迟。\n\n第二节 措施\n学校停课两周。\n\n第三节 结果\n疫情得到控制。\n');
    expect(doc.sections.map((s) => s.path)).toEqual([['第一节 背景'], ['第二节 措施'], ['第三节 结果']]);
  });
});

describe('chapter headings after a colon or a short heading line', () => {
  it('given a line ending in a colon, then a heading after it still starts a section', () => {
    const doc = ingestDocument(meta, '第一章 总则\n\n本章说明如下：\n第一节 范围\n适用于全国。\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['本章说明如下：', '适用于全国。']);
    expect(doc.sections.map((s) => s.path)).toEqual([['第一章 总则'], ['第一章 总则', '第一节 范围']]);
  });

  it('given a short heading line (前言) just before a chapter heading, then the chapter is a section, not glued to it', () => {
    const doc = ingestDocument(meta, '前言\n第一章 总则\n\n本办法适用于社区。\n');
    expect(doc.sections.map((s) => s.path)).toEqual([['第一章 总则']]);
    expect(doc.passages.map((p) => p.text)).not.toContain('前言第一章 总则');
  });
});

describe('labels written over a block in several parts', () => {
  it('given a heading right after a block, with no blank line between, then the next part is under its own heading, its labels too', () => {
    const doc = ingestDocument(
      { ...meta, file: 'recipes.md' },
      [
        '# 菜谱',
        '',
        '## 1. 可乐鸡翅',
        '',
        '**用料**',
        '',
        '- 鸡翅 10个',
        '## 2. 番茄炒蛋',
        '',
        '番茄炒蛋是最常见的家常菜。',
        '',
        '**用料**',
        '',
        '- 鸡蛋 3个',
      ].join('\n'),
    );
    const section = (text: string) => doc.passages.find((p) => p.text === text)?.places[0]?.section;
    expect(section('鸡翅 10个')).toEqual(['1. 可乐鸡翅', '用料']);
    expect(section('番茄炒蛋是最常见的家常菜。')).toEqual(['2. 番茄炒蛋']);
    expect(section('鸡蛋 3个')).toEqual(['2. 番茄炒蛋', '用料']);
  });
});

describe('an appendix after the clauses', () => {
  const AGREEMENT = [
    '保洁服务协议',
    '',
    '第一条 服务内容',
    '1. 乙方每周上门保洁两次。',
    '',
    '第二条 其他',
    '1. 附件1《服务清单》为本协议的组成部分。',
    '',
    '附件1：服务清单',
    '厨房：灶台、油烟机外壳。',
    '卫生间：马桶、淋浴房。',
    '',
    '附件2 收费标准',
    '每次120元。',
  ].join('\n');
  const doc = ingestDocument({ id: 'cleaning', title: '保洁服务协议', kind: 'plain' }, AGREEMENT);
  const section = (text: string) => doc.passages.find((p) => p.text === text)?.section;

  it("given an appendix's heading line, then its lines stand under it, not under the last clause", () => {
    expect(section('卫生间：马桶、淋浴房。')).toEqual(['附件1']);
    expect(section('每次120元。')).toEqual(['附件2']);
    expect(section('附件2 收费标准')).toEqual(['附件2']);
    expect(doc.sections.map((s) => s.path)).toEqual([['第一条'], ['第二条'], ['附件1'], ['附件2']]);
  });

  it('given the heading line, then it stays the first sentence of its part, as a clause line does', () => {
    expect(section('附件1：服务清单')).toEqual(['附件1']);
    expect(section('1. 附件1《服务清单》为本协议的组成部分。')).toEqual(['第二条']);
  });
});
