import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine-api.js';
import { engineOver } from '../support/temp-corpus.js';

// A classic given whole with its translation (thousands of sentences a side, as a book's 原文 and
// 今译 are): /context of its first sentence pairs the two texts at once. Every pair of sentences
// is weighed, and weighing each by comparing two sets of characters took 2,000 a side several
// seconds. Own corpus and process (one jieba dictionary per process).

const SENTENCES = 2000;

/** Sentences of rare characters (a seeded draw), each translation writing its original's characters among others. */
function classic(): { text: string; originals: string[]; translations: string[] } {
  let seed = 7;
  const draw = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return String.fromCodePoint(0x4e00 + (seed % 0x4fa0));
  };
  const originals: string[] = [];
  const translations: string[] = [];
  for (let i = 0; i < SENTENCES; i++) {
    const characters = Array.from({ length: 12 }, draw);
    originals.push(`${characters.join('')}。`);
    translations.push(`${[...characters.slice(6), ...Array.from({ length: 8 }, draw), ...characters.slice(0, 6)].join('')}。`);
  }
  const text = ['# 某经（附译文）', '', '## 原文', '', ...originals, '', '## 译文', '', ...translations].join('\n');
  return { text, originals, translations };
}

const { text, originals, translations } = classic();
let engine: Engine;
beforeAll(async () => {
  engine = await engineOver('translation-pairs-scale', {
    'classic.md': text,
    'classic.meta.json': JSON.stringify({ id: 'classic', title: '某经', kind: 'plain' }),
  });
}, 120_000);

describe('a long text given with its translation', () => {
  it('given its first sentence, then its translation at once', () => {
    const id = engine.answer({ command: 'search', query: `"${originals[0]}"` }).items[0]!.id;
    const started = performance.now();
    const items = engine.answer({ command: 'context', query: id }).items;
    expect(performance.now() - started).toBeLessThan(2500);
    expect(items.filter((item) => item.group === '译文').map((item) => item.text)).toEqual([translations[0]]);
  });
});
