import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/answer/query-analysis.js';
import { createServices } from '../../src/core/create-engine.js';
import type { Services } from '../../src/core/services.js';
import { createLogger } from '../../src/log.js';

let services: Services;
beforeAll(() => {
  services = createServices({}, createLogger('silent'));
});

describe('query analysis: countries an English question names', () => {
  it('given a country named by its adjective, then the question names that country and searches its Chinese name', () => {
    // "German" is a demonym of Germany (its -y dropped); without it the word fell back to the
    // dictionary, whose glosses mention "German" in entries like 默克尔's.
    const analysis = analyzeQuery(services, 'Which German doctors worked with Chinese hospitals?');
    expect(analysis.countries).toContain('DE');
    expect(analysis.words).toContain('德国');
  });

  it('given a continent’s adjective, then no region is taken as the country asked about', () => {
    // "Which European countries…" asks which countries; sentences about 欧洲 itself are not the answer.
    const analysis = analyzeQuery(services, 'Which European countries sent masks?');
    expect(analysis.countries.some((c) => c.startsWith('region:'))).toBe(false);
  });

  it('given a Chinese question, then its countries come from its own text as before', () => {
    expect(analyzeQuery(services, '意大利收到了什么援助？').countries).toEqual(['IT']);
  });
});

describe('query analysis: documents an English question names', () => {
  it('given "the white paper", then it selects that document and its alias is not searched as text', () => {
    // As 白皮书 in a Chinese question: the alias says where to look, not what to find (the news
    // lead announcing the white paper's release is not what such a question asks about).
    const analysis = analyzeQuery(services, 'What does the white paper say about the origin of the virus?');
    const whitePaper = services.library.documents.find((d) => (d.meta.aliases ?? []).includes('白皮书'))!.meta.id;
    expect(analysis.docIds).toEqual([whitePaper]);
    expect(analysis.words.some((w) => w.includes('白皮'))).toBe(false);
  });
});

describe('query analysis: what the ranking weighs', () => {
  it('given a /search naming a part and an asked part, then it reads neither (its weights are 0), /ask reads both, the terms alike', () => {
    // /search weighs neither the part a query names nor its asked part (ranking-weights.ts):
    // reading them cost a segmentation each and a walk of every heading, per query.
    const query = '前言里说了什么国际合作';
    const ask = analyzeQuery(services, query, { rankedAs: 'ask' });
    expect(ask.sections.length).toBeGreaterThan(0);
    expect([...ask.focus]).toContain('国际');
    const search = analyzeQuery(services, query, { aliasesAsText: true, versionsAlways: true, rankedAs: 'search' });
    expect(search.sections).toEqual([]);
    expect(search.headed).toEqual([]);
    expect([...search.focus]).toEqual([]);
    const unweighed = analyzeQuery(services, query, { aliasesAsText: true, versionsAlways: true });
    expect({ ...search, sections: [], headed: [], focus: [] }).toEqual({ ...unweighed, sections: [], headed: [], focus: [] });
  });
});
