import { describe, expect, it } from 'vitest';
import { isOnlyStateForm } from '../../src/geo/state-forms.js';

describe('what is left of an official name once the country is taken out', () => {
  it.each(['共和国', '阿拉伯共和国', '社会主义共和国', '伊斯兰共和國', '联合王国', '民主主义人民共和国'])(
    'given %s, then it is only state-form words',
    (rest) => {
      expect(isOnlyStateForm(rest)).toBe(true);
    },
  );

  it.each(['', '疫情', '和意大利', '共和国疫情', '北爱尔兰'])('given %j, then it is not', (rest) => {
    expect(isOnlyStateForm(rest)).toBe(false);
  });
});
