import { describe, expect, it } from 'vitest';
import { TARGET_GROUP } from '../../src/answer/context.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import { answerOver } from '../support/answer-over.js';

const engine = answerOver();

describe('/context', () => {
  it('given a chronicle sentence id, then the whole entry with the sentence marked', () => {
    const hit = engine.answer({ command: 'search', query: '病毒没有国界' }).items[0]!;
    const answer = engine.answer({ command: 'context', query: hit.id });
    expect(answer.items.length).toBeGreaterThan(1);
    expect(answer.items.find((i) => i.group === TARGET_GROUP)?.id).toBe(hit.id);
    expect(answer.items[0]?.text).toContain('沙特国王');
  });

  it('given the sentence of a one-sentence chronicle entry, then the sentences around it, not the sentence again', () => {
    const chronicle = loadCorpus(DEFAULT_PATHS.corpusDir).documents.find((d) => d.meta.kind === 'chronicle')!;
    const lone = chronicle.entries.find((e, i) => e.passageIds.length === 1 && i > 2 && i < chronicle.entries.length - 3)!;
    const id = lone.passageIds[0]!;
    const answer = engine.answer({ command: 'context', query: id });
    expect(answer.items.map((i) => i.id)).toHaveLength(5);
    expect(answer.items[2]?.id).toBe(id);
    expect(answer.items[2]?.group).toBe(TARGET_GROUP);
  });

  it('given a white-paper sentence id, then it with two sentences either side', () => {
    const hit = engine.answer({ command: 'search', query: '实现零感染零死亡零回头' }).items[0]!;
    const answer = engine.answer({ command: 'context', query: hit.id });
    expect(answer.items.length).toBe(5);
    expect(answer.items[2]?.id).toBe(hit.id);
  });

  it('given an unknown id, then a clear error', () => {
    const answer = engine.answer({ command: 'context', query: 'chronicle:0000000000' });
    expect(answer.error?.code).toBe('unknown-id');
  });

  // A 上下文 button under an answer given before the documents changed (the bot follows its folder).
  it('given an id of a sentence since edited, or of a document since removed, then the error says so', () => {
    expect(engine.answer({ command: 'context', query: 'chronicle:0000000000' }).error?.message).toMatch(
      /^《疫情防控国际合作纪实》中没有编号为“chronicle:0000000000”的句子：它可能在给出这个编号之后被修改过/u,
    );
    expect(engine.answer({ command: 'context', query: 'old-report:e0123456789', locale: 'en' }).error?.message).toMatch(
      /^The corpus has no document “old-report”: it may have been removed or renamed/u,
    );
    // Typed in capitals, as a phone may: the same.
    expect(engine.answer({ command: 'context', query: 'CHRONICLE:0000000000' }).error?.message).toMatch(
      /^《疫情防控国际合作纪实》中没有编号/u,
    );
    // Anything else is no id at all: the message says what ids look like.
    expect(engine.answer({ command: 'context', query: 'hello' }).error?.message).toMatch(/^找不到编号为“hello”的句子。编号形如/u);
  });

  it('given an id typed at full width or in capitals, as a Chinese keyboard or a phone types it, then the same passage', () => {
    const hit = engine.answer({ command: 'search', query: '病毒没有国界' }).items[0]!;
    for (const typed of [hit.id.replace(':', '：'), hit.id.toUpperCase()]) {
      const answer = engine.answer({ command: 'context', query: typed });
      expect(answer.items.find((i) => i.group === TARGET_GROUP)?.id, typed).toBe(hit.id);
    }
  });

  it('given no id, then an example id of these documents, which works', () => {
    const asked = engine.answer({ command: 'context', query: '' });
    const example = asked.error?.message.match(/\/context (\S+?)（/u)?.[1] ?? '';
    expect(engine.answer({ command: 'context', query: example }).items.length, example).toBeGreaterThan(0);
  });

  it('given an id without its document prefix, as people copy it, then the same passage', () => {
    const hit = engine.answer({ command: 'search', query: '病毒没有国界' }).items[0]!;
    const bare = hit.id.slice(hit.id.indexOf(':') + 1);
    const answer = engine.answer({ command: 'context', query: bare });
    expect(answer.error).toBeUndefined();
    expect(answer.items.find((i) => i.group === TARGET_GROUP)?.id).toBe(hit.id);
  });

  it('given an id copied with the brackets the console prints around it, then the same passage', () => {
    const hit = engine.answer({ command: 'search', query: '病毒没有国界' }).items[0]!;
    for (const copied of [`[${hit.id}]`, `【${hit.id}】`, `“${hit.id}”`]) {
      const answer = engine.answer({ command: 'context', query: copied });
      expect(answer.error, copied).toBeUndefined();
      expect(answer.items.find((i) => i.group === TARGET_GROUP)?.id).toBe(hit.id);
    }
  });
});
