import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { CHRONICLE, readMeta, readText, WHITEPAPER } from './real-corpus.js';

const raw = readText(WHITEPAPER);
const body = raw.split('\n')[2] ?? '';
const doc = ingestDocument(readMeta(WHITEPAPER), raw);
const byId = new Map(doc.passages.map((p) => [p.id, p]));

const P1 = '一 中国抗击疫情的艰辛历程';
const P2 = '二 防控和救治两个战场协同作战';
const P3 = '三 凝聚抗击疫情的强大力量';
const P4 = '四 共同构建人类卫生健康共同体';
/** The section tree as the TOC (目录) of the white paper lists it, read by hand. */
const TOC_PATHS: string[][] = [
  ['前言'],
  [P1],
  [P1, '一 第一阶段迅即应对突发疫情'],
  [P1, '二 第二阶段初步遏制疫情蔓延势头'],
  [P1, '三 第三阶段本土新增病例数逐步下降至个位数'],
  [P1, '四 第四阶段取得武汉保卫战湖北保卫战决定性成果'],
  [P1, '五 第五阶段全国疫情防控进入常态化'],
  [P2],
  [P2, '一 建立统一高效的指挥体系'],
  [P2, '二 构建全民参与严密防控体系'],
  [P2, '三 全力救治患者拯救生命'],
  [P2, '四 依法及时公开透明发布疫情信息'],
  [P2, '五 充分发挥科技支撑作用'],
  [P3],
  [P3, '一 人的生命高于一切'],
  [P3, '二 举全国之力抗击疫情'],
  [P3, '三 平衡疫情防控与经济社会民生'],
  [P3, '四 亿中国人民坚韧奉献守望相助'],
  [P4],
  [P4, '一 中国感谢和铭记国际社会宝贵支持和帮助'],
  [P4, '二 中国积极开展国际交流合作'],
  [P4, '三 国际社会团结合作共同抗疫'],
  ['结束语'],
];
/** The headings as glued in the body: numeral directly followed by the text. */
const GLUED = TOC_PATHS.map((path) => (path[path.length - 1] ?? '').replace(' ', ''));

function textsOf(path: string[]): string[] {
  const section = doc.sections.find((s) => JSON.stringify(s.path) === JSON.stringify(path));
  return (section?.passageIds ?? []).map((id) => byId.get(id)?.text ?? '');
}

describe('white paper sections recovered from the table of contents', () => {
  it('given the TOC then the sections are 导语, the TOC headings in order, then the notes', () => {
    expect(doc.sections.map((s) => s.path)).toEqual([['导语'], ...TOC_PATHS, ['注释']]);
    expect(doc.warnings.some((w) => w.includes('未划分章节'))).toBe(false);
  });

  it('given the heading glued to the second-stage text then the sentence sits in that section, heading cut off', () => {
    const hits = doc.passages.filter((p) => p.text.includes('全国新增确诊病例快速增加，防控形势异常严峻'));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.section).toEqual([P1, '二 第二阶段初步遏制疫情蔓延势头']);
    expect(hits[0]?.text.startsWith('二第二阶段')).toBe(false);
    expect(hits[0]?.text.startsWith('月日至月日全国新增确诊病例')).toBe(true);
  });

  it('given part 一 then its first sentence starts right after the heading', () => {
    expect(textsOf([P1])[0]?.startsWith('新冠肺炎疫情是新中国成立以来')).toBe(true);
  });

  it('given any passage then no glued heading is left inside it', () => {
    for (const p of doc.passages) for (const heading of GLUED) expect(p.text.includes(heading), `${heading} in ${p.text}`).toBe(false);
  });

  it('given the lead and the TOC then the lead sentence is 导语 and the TOC is no passage', () => {
    expect(textsOf(['导语'])).toEqual(['新华社北京月日电国务院新闻办公室日发布抗击新冠肺炎疫情的中国行动白皮书。']);
    expect(doc.passages.some((p) => p.text.includes('目录') || p.text.includes('全文如下'))).toBe(false);
  });

  it('given the endnotes then each note is one passage in 注释, the repeated note listed twice', () => {
    const notes = textsOf(['注释']);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.startsWith('注')).toBe(true);
    const repeated = doc.passages.find((p) => p.text === '注柳叶刀中国持续遏制新冠肺炎疫情。，年月日。');
    expect(repeated?.places.map((pl) => pl.sentence)).toEqual([2, 3]);
    expect(textsOf(['结束语']).at(-1)?.endsWith('建设更加繁荣美好的世界。')).toBe(true);
  });

  it('given a note reference stripped to a lone 注 before a heading then it is no passage of its own', () => {
    expect(doc.passages.some((p) => p.text === '注')).toBe(false);
  });

  it('given the body after the TOC then no sentence is lost (each piece between sentence ends is inside some passage)', () => {
    const afterToc = body.slice(body.indexOf('结束语前言') + 3);
    let rest = afterToc;
    for (const heading of GLUED) rest = rest.replace(heading, '|');
    const pieces = rest
      .split(/[。！？|]/u)
      .map((s) => s.trim())
      .filter((s) => s.length > 1);
    for (const piece of pieces)
      expect(
        doc.passages.some((p) => p.text.includes(piece)),
        piece,
      ).toBe(true);
  });

  it('given places then sentence numbers restart in each section and dates/entries are null', () => {
    const first = byId.get(doc.sections.find((s) => s.path[0] === '前言')?.passageIds[0] ?? '');
    expect(first?.places[0]).toEqual({ date: null, entry: null, sentence: 1, section: ['前言'], position: 2 });
    for (const p of doc.passages) expect(p.places.every((pl) => pl.date === null && pl.entry === null)).toBe(true);
    expect(doc.entries).toEqual([]);
  });

  it('given the chronicle and the white paper then passages are verbatim and ids carry the doc id', () => {
    for (const p of doc.passages) {
      expect(body).toContain(p.text);
      expect(p.id).toMatch(/^whitepaper:[0-9a-f]{10}$/);
    }
    expect(readMeta(CHRONICLE).id).not.toBe(doc.meta.id);
  });
});
