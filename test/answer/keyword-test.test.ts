import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../src/answer/keyword-test.js';

describe('wholeNumber', () => {
  it('given a number inside a longer one (100, 3.17, 2,017), then not found; beside a comma or point of the prose, then found', () => {
    const seventeen = wholeNumber('17');
    expect(['17个国家', '通报,17日内地', '通报，17日', '截至3月17日', '。17日'].map(seventeen)).toEqual([true, true, true, true, true]);
    expect(['117个', '3.17亿', '2,017人', '170', '17.5%', '17,000'].map(seventeen)).toEqual([false, false, false, false, false, false]);
  });
});
