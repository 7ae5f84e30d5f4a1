import { describe, expect, it } from 'vitest';
import { answerOverFiles } from '../support/answer-over.js';

// Documents a server writes in English, beside a Chinese one: a search for an English word finds
// the sentences writing it, in any inflection, before those holding only its Chinese
// translation, and highlights whole words, never glue words or pieces of words.

const engine = answerOverFiles('english', {
  'faq.md': [
    '# Chess Club FAQ',
    '',
    '## Meetings',
    '',
    'Our weekly meetings are held every Tuesday in Room 204.',
    '',
    'Refunds are not available after 30 days.',
    '',
    'You can pay by card or bank transfer (e.g. via PayPal).',
    '',
    'The club championship is a Swiss tournament played over the spring.',
    '',
    'This is the place where visiting players sign in.',
    '',
    'The Norwegian federation sent two coaches.',
    '',
    'Italy has a strong chess federation.',
    '',
    'A coach is assigned to juniors. Pick a category for each cat. The United Nations sent a letter.',
  ].join('\n'),
  'notes.txt':
    '技术说明\n\n每场比赛结束后，系统会自动更新积分。\n\n比赛在周末进行。\n\n本社每周举行例会，会费可以退还。\n\n中国医疗队3月12日抵达意大利。\n',
});

const search = (query: string) => engine.answer({ command: 'search', query });
const highlighted = (answer: ReturnType<typeof search>) =>
  answer.items.flatMap((item) => item.highlights.map(([start, end]) => item.text.slice(start, end)));

describe('English words the documents write', () => {
  it.each([
    ['refund', 'Refunds are not available after 30 days.', 'Refunds'],
    ['meeting', 'Our weekly meetings are held every Tuesday in Room 204.', 'meetings'],
  ])('given /search %s, then the sentence writing another form of it, that word highlighted whole', (query, sentence, word) => {
    const answer = search(query);
    expect(answer.items[0]?.text).toBe(sentence);
    expect(highlighted(answer)).toContain(word);
    expect(answer.message ?? '').not.toMatch(/no document writes these words|文档中没有这些英文词/);
  });

  it('given a word no document writes, then says so of that word (not "not understood"), the rest still searched', () => {
    const query = 'Where are the weekly meetings hosted?';
    const answer = engine.answer({ command: 'ask', query });
    expect(answer.items[0]?.text).toBe('Our weekly meetings are held every Tuesday in Room 204.');
    expect(answer.message ?? '').toContain('注意：文档中没有这些英文词或其译词：hosted；');
    const english = engine.answer({ command: 'ask', query, locale: 'en' });
    expect(english.message ?? '').toContain('Note: no document writes these words or a translation of them: hosted;');
  });

  it('given an English keyword whose Chinese translation the other document writes, then the English sentence first', () => {
    const answer = search('tournaments');
    expect(answer.items[0]?.text).toBe('The club championship is a Swiss tournament played over the spring.');
    // The translation still finds the Chinese sentences, after it.
    expect(answer.items.slice(1).some((item) => item.text.includes('比赛'))).toBe(true);
  });

  it('given a dotted abbreviation, then only the sentence writing it, the abbreviation highlighted', () => {
    const answer = search('e.g.');
    expect(answer.items.map((item) => item.text)).toEqual(['You can pay by card or bank transfer (e.g. via PayPal).']);
    expect(highlighted(answer)).toEqual(['e.g.']);
  });

  it('given an English question, then glue words are neither searched nor highlighted, nor words inside other words', () => {
    const answer = engine.answer({ command: 'ask', query: 'Where is the place to sign in?' });
    expect(answer.items.length).toBeGreaterThan(0);
    const words = highlighted(answer).map((w) => w.toLowerCase());
    expect(words).not.toContain('is');
    expect(words).not.toContain('the');
    // "is" of "This", "in" of "visiting": pieces of words are never lit.
    for (const item of answer.items)
      for (const [start] of item.highlights) expect(/[a-z0-9]/i.test(item.text[start - 1] ?? '')).toBe(false);
  });
});

describe('/country over English text', () => {
  it('given a country its people name (the Norwegian federation), then that sentence, the word highlighted, the country named in English', () => {
    const answer = engine.answer({ command: 'country', query: 'Norway', locale: 'en' });
    expect(answer.items.map((item) => item.text)).toEqual(['The Norwegian federation sent two coaches.']);
    expect(highlighted(answer)).toEqual(['Norwegian']);
    expect(answer.message).toMatch(/^Norway: 1 sentence\b/);
    expect(engine.answer({ command: 'country', query: '挪威' }).message).toMatch(/^挪威：共1句/);
  });
});

describe('/ask in English over English text', () => {
  it.each([
    ['When are the weekly meetings held?', 'Our weekly meetings are held every Tuesday in Room 204.'],
    ['Can I get a refund?', 'Refunds are not available after 30 days.'],
  ])('given %s, then the sentence saying most of it in its own words first, before Chinese translations', (question, answer) => {
    expect(engine.answer({ command: 'ask', query: question }).items[0]?.text).toBe(answer);
  });
});

it('given an English question naming a Markdown section ("What does the Meetings section say?"), then that section in order', () => {
  const answer = engine.answer({ command: 'ask', query: 'What does the Meetings section say?' });
  expect(answer.items[0]?.text).toBe('Our weekly meetings are held every Tuesday in Room 204.');
  expect(answer.items.every((item) => item.section?.endsWith('Meetings'))).toBe(true);
});

it('given a Chinese question naming one English word, then the trained order, not the sentence writing that word', () => {
  // Italy is one word of several: a sentence writing only it is no answer.
  expect(engine.answer({ command: 'ask', query: 'Italy医疗队什么时候到的' }).items[0]?.text).toBe('中国医疗队3月12日抵达意大利。');
});

describe('English words in either number, and only whole', () => {
  it('given a plural typed (/search coaches), then the sentences writing either number', () => {
    const texts = search('coaches').items.map((item) => item.text);
    expect(texts).toEqual(expect.arrayContaining(['The Norwegian federation sent two coaches.', 'A coach is assigned to juniors.']));
  });

  it('given a word that begins a longer one (/search cat, /search unit), then neither found in it nor lit in it', () => {
    expect(highlighted(search('cat'))).toEqual(['cat']);
    expect(search('unit').items.map((item) => item.text)).not.toContain('The United Nations sent a letter.');
  });
});

// A corpus written in English only: its English lexicon is empty (the lexicon holds the Chinese
// words' glosses), so an English question is read by the words the documents write; an inflected
// word they do not write (rescued, build) is read by those of its lemma (rescue, built), not "not understood".
describe('an English-only corpus', () => {
  const english = answerOverFiles('english-only', {
    'lighthouse.md': [
      '# The Old Lighthouse',
      '',
      'The lighthouse on Gull Point was built in 1874 by the harbour board. Its lamp burned whale oil until 1902.',
      '',
      '## Keepers',
      '',
      'Margaret Hale kept the light from 1911 to 1938. She rowed out to rescue the crew of the schooner Alba in 1923.',
      '',
      '## Today',
      '',
      'The tower is now a museum. It opens from May to October, and tickets cost five dollars.',
      '',
      "On summer nights the keepers' radio played rock'n'roll.",
    ].join('\n'),
  });

  it("given a word of several apostrophes the documents write (rock'n'roll), then its sentence, and no note that no document writes it", () => {
    // Read as rock'n and roll, the note named rock'n: a word no document writes, beside the sentence writing rock'n'roll.
    const found = english.search("rock'n'roll");
    expect(found.items[0]?.text).toBe("On summer nights the keepers' radio played rock'n'roll.");
    expect(found.message ?? '').not.toContain("rock'n");
  });

  it.each([
    ['Who rescued the crew?', 'She rowed out to rescue the crew of the schooner Alba in 1923.'],
    ['When did they build the lighthouse?', 'The lighthouse on Gull Point was built in 1874 by the harbour board.'],
  ])('given %s, then the sentence writing another form of its word first, and no word said not understood', (query, answer) => {
    const found = english.ask(query);
    expect(found.items[0]?.text).toBe(answer);
    expect(found.message ?? '').not.toContain('文档中没有这些英文词');
  });
});
