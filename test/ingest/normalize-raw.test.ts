import { describe, expect, it } from 'vitest';
import { comparisonKey, normalizeRaw, recognitionForm } from '../../src/ingest/normalize-raw.js';

describe('normalizeRaw', () => {
  it('given a BOM and CRLF / CR line ends then strips the BOM and leaves LF only', () => {
    expect(normalizeRaw('\uFEFF甲\r\n乙\r丙\n丁')).toBe('甲\n乙\n丙\n丁');
  });

  it('given full-width digits and punctuation then the text itself is left verbatim', () => {
    expect(normalizeRaw('３月１８日，（网络）')).toBe('３月１８日，（网络）');
  });
});

describe('recognitionForm / comparisonKey', () => {
  it('given full-width digits then recognition sees ASCII digits', () => {
    expect(recognitionForm('  ３月１８日\u3000')).toBe('3月18日');
  });

  it('given the same sentence with other widths and spaces then the keys are equal', () => {
    expect(comparisonKey('中方 愿意，提供帮助（口罩）')).toBe(comparisonKey('中方愿意,提供帮助(口罩)'));
    expect(comparisonKey('甲。')).not.toBe(comparisonKey('乙。'));
  });
});
