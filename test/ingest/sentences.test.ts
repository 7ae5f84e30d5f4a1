import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsSentence, MAX_SENTENCE, splitSentences } from '../../src/ingest/sentences.js';

/** True when the sentences stand in the input in order, with only whitespace between them. */
function isVerbatimCover(input: string, sentences: string[]): boolean {
  let pos = 0;
  for (const s of sentences) {
    const at = input.indexOf(s, pos);
    if (at < 0 || input.slice(pos, at).trim() !== '') return false;
    pos = at + s.length;
  }
  return input.slice(pos).trim() === '';
}

describe('splitSentences', () => {
  it('given Chinese terminators then splits after each of them', () => {
    expect(splitSentences('第一句。第二句！第三句？第四句')).toEqual(['第一句。', '第二句！', '第三句？', '第四句']);
  });

  it('given a run of terminators then keeps them together', () => {
    expect(splitSentences('真的吗？！是的。。好')).toEqual(['真的吗？！', '是的。。', '好']);
  });

  it('given a quote ending with a terminator then the closing quote stays with its sentence', () => {
    expect(splitSentences('他说：“我们要努力。”她点头。')).toEqual(['他说：“我们要努力。”', '她点头。']);
    expect(splitSentences('通知如下（已发布。）下一句。')).toEqual(['通知如下（已发布。）', '下一句。']);
    expect(splitSentences('「好！」』下一句')).toEqual(['「好！」』', '下一句']);
  });

  it('given a quotation followed by its speech tag then they are one sentence, cut after the tag’s own end', () => {
    expect(splitSentences('“林婉如是谁？”小满小声问。沈知秋摇了摇头。')).toEqual(['“林婉如是谁？”小满小声问。', '沈知秋摇了摇头。']);
    expect(splitSentences('“疫情总体可控。”他说。下一句。')).toEqual(['“疫情总体可控。”他说。', '下一句。']);
    expect(splitSentences('「又是我跑腿。」小满嘟囔了一句。')).toEqual(['「又是我跑腿。」小满嘟囔了一句。']);
    // A tag leading into the next quote with a comma goes on with it.
    expect(splitSentences('“三年零四个月。”沈知秋说，“他走之前跟我说过。”“卖给我的书多了去了。”老许摇摇头。')).toEqual([
      '“三年零四个月。”沈知秋说，“他走之前跟我说过。”',
      '“卖给我的书多了去了。”老许摇摇头。',
    ]);
    // Not a tag: a quote inside a sentence has its speaker before it; a new line or a quote after no comma starts anew.
    expect(splitSentences('他说：“我们要努力。”她点头。')).toEqual(['他说：“我们要努力。”', '她点头。']);
    expect(splitSentences('“好。”\n他说。')).toEqual(['“好。”', '他说。']);
    expect(splitSentences('“好。”“走吧。”')).toEqual(['“好。”', '“走吧。”']);
  });

  it('given terminators inside quotes or brackets then does not cut inside them', () => {
    expect(splitSentences('他说“早发现！早隔离”是关键。然后')).toEqual(['他说“早发现！早隔离”是关键。', '然后']);
    expect(splitSentences('发表《你好吗？我很好》一文。完')).toEqual(['发表《你好吗？我很好》一文。', '完']);
    expect(splitSentences('会议（网络会议。线上）举行。完')).toEqual(['会议（网络会议。线上）举行。', '完']);
  });

  it('given an unmatched bracket then it does not swallow the rest of the text', () => {
    expect(splitSentences('他说“开始。然后结束。最后')).toEqual(['他说“开始。', '然后结束。', '最后']);
  });

  it('given ASCII commas, parentheses and punctuation mixed in then splits like the Chinese ones', () => {
    const text = '外交部发言人表示,中国愿提供帮助(口罩等)。大会(网络会议)举行!下一句?';
    expect(splitSentences(text)).toEqual(['外交部发言人表示,中国愿提供帮助(口罩等)。', '大会(网络会议)举行!', '下一句?']);
  });

  it('given decimal numbers, enumerations with 、 and semicolons then does not cut there', () => {
    expect(splitSentences('增长2.5倍，涉及英国、法国、德国；另有3.14%。完')).toEqual([
      '增长2.5倍，涉及英国、法国、德国；另有3.14%。',
      '完',
    ]);
  });

  it('given leftover punctuation then attaches it instead of returning a lone mark', () => {
    expect(splitSentences('结束了。 ”')).toEqual(['结束了。 ”']);
    expect(splitSentences('。开头')).toEqual(['。开头']);
    expect(splitSentences('甲。！ 乙')).toEqual(['甲。！', '乙']);
  });

  it('given whitespace only or nothing then returns no sentence', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \u3000\n ')).toEqual([]);
  });

  it('given whitespace between sentences then drops it and keeps inner whitespace', () => {
    expect(splitSentences('  《携手抗疫 共克时艰》发表。 \n 第二句。 ')).toEqual(['《携手抗疫 共克时艰》发表。', '第二句。']);
  });

  const alphabet = [
    '中',
    '文',
    'a',
    '2',
    '.',
    '，',
    ',',
    '、',
    '。',
    '！',
    '？',
    '!',
    '?',
    '“',
    '”',
    '《',
    '》',
    '（',
    '）',
    '(',
    ')',
    '」',
    ' ',
    '\n',
  ];
  const messy = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((cs) => cs.join(''));

  it('given any text then the sentences cover it verbatim, none empty or padded', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const sentences = splitSentences(text);
        expect(isVerbatimCover(text, sentences)).toBe(true);
        for (const s of sentences) expect(s).toBe(s.trim());
        for (const s of sentences) expect(s.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('given any text with content then no sentence is punctuation alone', () => {
    fc.assert(
      fc.property(
        messy.filter((t) => /[中文a2]/u.test(t)),
        (text) => {
          for (const s of splitSentences(text)) expect(/[\p{L}\p{N}]/u.test(s)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('given a quoted span with terminators inside then the whole span stays in one sentence', () => {
    const inner = fc.array(fc.constantFrom('甲', '乙', '。', '！', '，'), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(inner, inner, inner, (before, quoted, after) => {
        const span = `“${quoted}”`;
        const sentences = splitSentences(`${before}${span}${after}`);
        expect(sentences.some((s) => s.includes(span))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('endsSentence', () => {
  it('given a terminator, possibly followed by closers, then the text ends a sentence', () => {
    expect(endsSentence('好。')).toBe(true);
    expect(endsSentence('“好！”  ')).toBe(true);
    expect(endsSentence('习近平指出,')).toBe(false);
    expect(endsSentence('深化交')).toBe(false);
    expect(endsSentence('')).toBe(false);
  });
});

describe('text without sentence ends', () => {
  it('given a run longer than MAX_SENTENCE, then pieces of at most that, cut after a clause mark when there is one, joined back verbatim', () => {
    const clauses = '公园将于五月开放，新增儿童游乐区'.repeat(200);
    const pieces = splitSentences(clauses);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= MAX_SENTENCE)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.endsWith('，'))).toBe(true);
    expect(pieces.join('')).toBe(clauses);
  });

  it('given a run of emoji sequences, then no piece starts or ends inside one', () => {
    const family = '👨‍👩‍👧';
    const text = `a${family.repeat(400)}`;
    const pieces = splitSentences(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces.slice(1)) expect(p.startsWith(family)).toBe(true);
  });
});

describe('English text', () => {
  it('given ". " before a capital after a lowercase word, then a sentence ends; after an abbreviation, a capital or in a number, not', () => {
    expect(splitSentences('The library opens next Monday. It will open at 9 am. Dr. Li said so.')).toEqual([
      'The library opens next Monday.',
      'It will open at 9 am.',
      'Dr. Li said so.',
    ]);
    expect(splitSentences('Prices rose 2.5 percent. U.S. officials agreed.')).toEqual([
      'Prices rose 2.5 percent.',
      'U.S. officials agreed.',
    ]);
    expect(splitSentences('中国向意大利派出专家组. 另一句。')).toEqual(['中国向意大利派出专家组. 另一句。']);
  });

  it('given a.m., p.m. or an address’s abbreviation before a capital, then the sentence goes on; given a Chinese sentence after an English one, then it ends', () => {
    expect(splitSentences('Members meet at 8 p.m. Eastern time. Bring snacks.')).toEqual([
      'Members meet at 8 p.m. Eastern time.',
      'Bring snacks.',
    ]);
    expect(splitSentences('Room No. 5 is in Bldg. A at 12 Main St. Downtown.')).toEqual([
      'Room No. 5 is in Bldg. A at 12 Main St. Downtown.',
    ]);
    expect(splitSentences('Slides will be shared afterwards. 欢迎提问！')).toEqual(['Slides will be shared afterwards.', '欢迎提问！']);
    // A list's number before Chinese is no English sentence's end.
    expect(splitSentences('1. 少聚集 2. 勤洗手')).toEqual(['1. 少聚集 2. 勤洗手']);
    // p.m., Inc., et al. end a sentence before a word that opens one.
    expect(splitSentences('The meeting ends at 9 p.m. Please arrive early.')).toEqual([
      'The meeting ends at 9 p.m.',
      'Please arrive early.',
    ]);
    expect(splitSentences('We thank Acme Inc. The event starts at 8.')).toEqual(['We thank Acme Inc.', 'The event starts at 8.']);
    expect(splitSentences('Meet at 9 a.m. 欢迎提问！')).toEqual(['Meet at 9 a.m.', '欢迎提问！']);
  });

  it('given ? or ! inside a link or a word, or before a lowercase word that goes on, then no sentence ends there', () => {
    expect(splitSentences('See https://example.org/a.b?c=1 for details. Use !rating to check.')).toEqual([
      'See https://example.org/a.b?c=1 for details.',
      'Use !rating to check.',
    ]);
    expect(splitSentences('"Great game!" he said. Is it open? Yes!')).toEqual(['"Great game!" he said.', 'Is it open?', 'Yes!']);
    // Chinese text after an ASCII mark still starts a sentence.
    expect(splitSentences('你好!我是小明。真的吗?是的!')).toEqual(['你好!', '我是小明。', '真的吗?', '是的!']);
    expect(splitSentences('疫情严重吗?WHO表示风险很高。会议结束了!2020年3月5日又开会。')).toEqual([
      '疫情严重吗?',
      'WHO表示风险很高。',
      '会议结束了!',
      '2020年3月5日又开会。',
    ]);
  });
});

describe('a run too long for one sentence', () => {
  it('given no punctuation at all, then it is cut after a particle (…中的|表现), not inside a word, and nothing is lost', () => {
    const text = Array.from(
      { length: 60 },
      (_, i) => `第${i + 1}项记录说明了社区成员在活动中的表现并且记录了相关的时间地点和人物信息`,
    ).join('');
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(text);
    // Every word of the text is whole in some piece (表现, 并且, 人物 were cut through).
    for (const word of ['表现', '并且', '记录', '人物信息', '时间地点']) {
      const cutThrough = pieces.slice(0, -1).some((piece, i) => {
        const across = piece.slice(-word.length + 1) + pieces[i + 1]!.slice(0, word.length - 1);
        return across.includes(word);
      });
      expect(cutThrough, word).toBe(false);
    }
  });

  it('given no 的 or 了 near the limit, then after a conjunction, not through a word (中国和意|大利)', () => {
    const pieces = splitSentences('中国和意大利加强抗疫合作'.repeat(120));
    expect(pieces[0]?.endsWith('和')).toBe(true);
  });

  it('given 了解 or 的确 where a particle could end a word, then not cut inside them', () => {
    const filler = '社区居民积极参加志愿服务活动'.repeat(70);
    const text = `${filler}进一步了解社区的确切需求${filler}`;
    const pieces = splitSentences(text);
    expect(pieces.join('')).toBe(text);
    const cutInside = pieces.some(
      (p, i) => (p.endsWith('了') && pieces[i + 1]?.startsWith('解')) || (p.endsWith('的') && pieces[i + 1]?.startsWith('确')),
    );
    expect(cutInside).toBe(false);
  });
});

describe('text that used to be slow or cut badly (found by fuzzing)', () => {
  it('given 50,000 unmatched openers then as many closers of another kind, then it is split at once (closers look back a bounded way)', () => {
    const text = `${'('.repeat(50_000)}${'"'.repeat(50_000)}`;
    expect(splitSentences(text).join('')).toBe(text);
  });

  it('given a letter under 100,000 combining marks, then pieces of MAX_SENTENCE, not one piece per mark', () => {
    const pieces = splitSentences(`a${'\u0301'.repeat(100_000)}`);
    expect(pieces.length).toBeLessThan(110);
  });
});
