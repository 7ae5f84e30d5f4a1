import { describe, expect, it } from 'vitest';
import { renderAboutDocument } from '../../src/discord/render-about.js';
import { answerOverFiles } from '../support/answer-over.js';
import { plainFiles } from '../support/temp-corpus.js';

// /about document: rendered for Discord. What the user typed, and a document's title, are not the
// bot's markdown: shown as written. Own corpus and process (one jieba dictionary per process).

const engine = answerOverFiles(
  'about-document',
  plainFiles('faq', '客服 Q&A *速查* (v2)', '退货须知\n\n商品签收后七天内可以退货。\n\n运费由买家承担。\n', { shortTitle: '速查表' }),
);

const embedOf = (query: string) => renderAboutDocument(engine.answer({ command: 'about', query }), engine.stats()).reply.embeds![0]!;

describe('renderAboutDocument', () => {
  it('given a name no document has, typed with markdown, then the note above the corpus shows it as typed, not bold', () => {
    expect(embedOf('**火星**基地_x_').description).toMatch(/^没有名为“\\\*\\\*火星\\\*\\\*基地\\_x\\_”的文档。以下是全部语料：\n/u);
  });

  it('given a document whose title writes markdown, then the title as written', () => {
    expect(embedOf('速查表').title).toBe('《客服 Q&A \\*速查\\* \\(v2\\)》');
  });
});
