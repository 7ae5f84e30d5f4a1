import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namedSections } from '../../src/answer/section-reference.js';
import type { DocumentMeta } from '../../src/core/types.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';

// A journal paper converted from PDF to Markdown (genre v6): a running page header over its `#`
// title, `## 1 引言` … `## 6 结论与建议`, an English title and abstract after a `---`, and its
// references `[1]`–`[12]` under 参考文献：.

const FILE = 'eval/genre6-corpus/社区共享冰箱与家庭食物浪费-论文';
const meta = JSON.parse(readFileSync(`${FILE}.meta.json`, 'utf8')) as DocumentMeta;
const paper = ingestDocument({ ...meta, file: `${FILE}.md` }, readFileSync(`${FILE}.md`, 'utf8'));
const at = (start: string) => paper.passages.find((p) => p.text.startsWith(start));

describe('a paper converted from PDF', () => {
  it('given a running page header over its # title, then its numbered ## sections are its parts, ### under them', () => {
    const parts = paper.sections.filter((s) => s.path.length === 1).map((s) => s.path[0]);
    expect(parts.slice(0, 6)).toEqual(['1 引言', '2 文献综述', '3 研究设计', '4 实证结果', '5 讨论', '6 结论与建议']);
    expect(at('关于共享冰箱效果的定量证据')?.section).toEqual(['2 文献综述', '2.2 共享冰箱的既有证据']);
  });

  it('given an English title and abstract after a rule past the last section, then they are none of its', () => {
    expect(at('Abstract:')?.section).toBeNull();
    expect(at('Key words')?.section ?? null).toBeNull();
    expect(at('共享冰箱能够以较低成本')?.section).toEqual(['6 结论与建议']);
  });

  it('given its label spaced out to a column (摘  要：), then the label is closed up, a word to find', () => {
    expect(paper.passages[3]?.text).toBe('摘要： 社区共享冰箱是近年来在欧洲兴起、逐步引入国内的一种基层食物再分配设施。');
  });

  it('given a table cell of marks alone (显著性 ***), then it is kept as written, not read as a rule', () => {
    expect(at('步行距离：200米以内')?.text).toBe('步行距离：200米以内；样本户数：214；系数：−0.47；显著性：***');
  });

  it('given references [1]–[12] under 参考文献：, then each is one passage as written, in a part of its own', () => {
    const references = paper.passages.filter((p) => /^\[\d+\]/u.test(p.text));
    expect(references.map((p) => p.text.match(/^\[(\d+)\]/u)?.[1])).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(at('[9]')?.text).toBe(
      '[9] Kim S, Lee J. Sharing refrigerators in Seoul: welfare or waste policy?[J]. Korean Journal of Policy Studies, 2021, 36(2): 85-104.',
    );
    expect(new Set(references.map((p) => p.section?.join('›')))).toEqual(new Set(['参考文献']));
    // The lines after the list are the paper's footer, not a reference.
    expect(at('收稿日期')?.section ?? null).toBeNull();
  });
});

describe('a paper’s numbered parts named by a question', () => {
  it('given 引言 asked, then the part headed `1 引言` is named, its number aside', () => {
    const named = namedSections('引言讲了什么');
    expect(paper.sections.filter((s) => named?.(s)).map((s) => s.path.join('›'))).toEqual(['1 引言']);
  });
});
