import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractedForms } from '../../../src/query/english/contracted-forms.js';
import { indexCorpusWords } from '../../../src/query/english/corpus-words.js';

const corpus = '加强孕产妇儿童等重点人群的防护，完善医疗保障政策，疾病预防控制中心开展流调。';
const words = indexCorpusWords(corpus, []);

describe('contracted forms', () => {
  it('given a short word the corpus never writes, then the corpus words that keep its characters in order', () => {
    const table = contractedForms(['孕妇', '医保', '疾控'], ['孕产妇', '医疗保障', '疾病预防控制', '儿童'], words);
    expect(table).toEqual({ 孕妇: ['孕产妇'], 医保: ['医疗保障'], 疾控: ['疾病预防控制'] });
  });

  it('given a word the corpus writes, or one whose characters are not in order, then no entry', () => {
    expect(contractedForms(['儿童', '保医', '孕'], ['儿童', '医疗保障', '孕产妇'], words)).toEqual({});
  });

  it('given any words, then every form starts with the short word and holds its characters in order', () => {
    const han = fc.constantFrom(...'孕产妇医疗保障疾病预防控制儿童');
    const word = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(word(2, 3)), fc.array(word(3, 6)), (shorts, longs) => {
        for (const [short, forms] of Object.entries(contractedForms(shorts, longs, words))) {
          expect(words.count(short)).toBe(0);
          for (const form of forms) {
            expect(form[0]).toBe(short[0]);
            const rest = [...form.slice(1)];
            expect([...short.slice(1)].every((c) => rest.splice(0, rest.indexOf(c) + 1).includes(c))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
