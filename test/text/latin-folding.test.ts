import { describe, expect, it } from 'vitest';
import { foldWidthAndCase } from '../../src/text/normalize.js';
import { answerOver } from '../support/answer-over.js';

// Latin words as genre v6's paper and diary write them: a name with its affiliation mark
// (Daniel K. Osei², OSEI²), names and words with accents (Inês, Pastéis de Belém). Osei was no
// word (NFKC made it osei2), Ines found nothing, and Pastéis was cut at é into past + is.

const engine = answerOver('eval/genre6-corpus');

const found = (query: string) => engine.searchedTexts(query, 10);

describe('Latin words folded as typed', () => {
  it('given a name with a superscript mark (Osei²), then the name alone finds both author lines', () => {
    const lines = found('Osei');
    expect(lines.some((t) => t.startsWith('方若琳¹  郑浩然¹  Daniel K. Osei²'))).toBe(true);
    expect(lines.some((t) => t.startsWith('FANG Ruolin¹, ZHENG Haoran¹, Daniel K. OSEI²'))).toBe(true);
  });

  it('given words written with accents, then typed without them they are found, whole', () => {
    expect(found('Ines')[0]).toMatch(/房东叫Inês/u);
    expect(found('Pasteis')[0]).toMatch(/Pastéis de Belém/u);
    const lit = engine.answer({ command: 'ask', query: 'Who is Ines?', pageSize: 10 }).items;
    expect(lit.some((item) => item.text.includes('Pastéis') && item.highlights.length > 0)).toBe(false);
  });
});

describe('pinyin readings keep their tones', () => {
  it('given a reading in pinyin and a word with accents, then only the word is folded', () => {
    expect(foldWidthAndCase('頹（tuí）、险（xiǎn）、Pastéis de Belém、Inês')).toBe('頹(tuí)、险(xiǎn)、pasteis de belem、ines');
  });

  it('given a word of a million letters, then it is folded in linear time (the lookbehind over a name hung the suite)', () => {
    const long = `O${'s'.repeat(1_000_000)}é²`;
    const started = performance.now();
    expect(foldWidthAndCase(long)).toHaveLength(long.length);
    // Linear takes milliseconds, quadratic hours: the bound only tells them apart, far above any load's noise.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
