import { describe, expect, it } from 'vitest';
import { englishFocus, englishFocusTerms } from '../../src/answer/english-focus.js';

describe('English question focus', () => {
  it.each([
    [
      'In his call with the Bulgarian prime minister, what did Li Keqiang say China would help Bulgaria buy?',
      'what did Li Keqiang say China would help Bulgaria buy?',
    ],
    ['When Xi talked with the Egyptian president, what did he say the facts showed?', 'what did he say the facts showed?'],
    ['According to the white paper, for how many days were there no new cases?', 'for how many days were there no new cases?'],
    // No clause of its own for the event: what was said "about" is what is asked.
    ['What did Xi tell Trump about the price China paid?', 'the price China paid?'],
  ])('given "%s", then the asked part is the clause that asks', (question, focus) => {
    expect(englishFocus(question)).toBe(focus);
  });

  it.each([
    'What did Xi tell Trump?',
    // A closing source clause is not an event, and enumeration commas do not split a question.
    'How will the people of Wuhan be remembered, according to the white paper?',
    'Did China keep Hong Kong, Macao and Taiwan informed?',
    'Did any official send a message, and what was it about?',
  ])('given "%s" with no separate event part, then no focus', (question) => {
    expect(englishFocus(question)).toBeNull();
  });

  it('given translated groups, then names stay with the event and the asked clause’s common words are the focus', () => {
    const groups = [
      { english: 'call', chinese: ['通电话'] },
      { english: 'Xi', chinese: ['习近平'] },
      { english: 'G20', chinese: ['二十国集团'] },
      { english: 'members', chinese: ['成员'] },
      { english: 'strengthen', chinese: ['加强'] },
    ];
    const question = 'In his call with King Salman, what did Xi say G20 members should strengthen?';
    expect(englishFocusTerms(question, groups)).toEqual(['成员', '加强']);
  });

  it('given a group whose English is part of a longer focus word, or hyphenated in the question, then whole words decide', () => {
    const groups = [
      { english: 'aid', chinese: ['援助'] },
      { english: 'closed loop', chinese: ['闭环'] },
    ];
    expect(englishFocusTerms('After the aid arrived, what was said about a closed-loop process?', groups)).toEqual(['闭环']);
  });
});
