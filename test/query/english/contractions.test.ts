import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../../src/query/english/contractions.js';

describe('expandContractions', () => {
  it('given negated auxiliaries, then the auxiliary and not (irregular stems included)', () => {
    expect(expandContractions("can't won't shan't isn't Don't didn’t")).toBe('can not will not shall not is not Do not did not');
  });

  it("given a pronoun's clitic, then the verb it stands for; a possessive 's is left as written", () => {
    expect(expandContractions("I'm we're they've you'll he'd the club's")).toBe("I am we are they have you will he would the club's");
  });

  it('given no contraction, then the text unchanged (o’clock, rock, plain words)', () => {
    expect(expandContractions("at 9 o'clock, not rock'n roll")).toBe("at 9 o'clock, not rock'n roll");
  });
});
