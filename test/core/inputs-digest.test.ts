import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, loadInputsOf } from '../../src/core/create-engine.js';
import { sameInputs } from '../../src/core/inputs-digest.js';
import { DEFAULT_PATHS } from '../../src/core/paths.js';
import { createLogger } from '../../src/log.js';
import { tempCorpus } from '../support/temp-corpus.js';

// Whether a running bot's answers would be made from the same content again (live-engine.ts skips
// the reload then): the saved index still matches the folder, and the synonyms are the same.

describe('sameInputs of a loaded engine', () => {
  it('given a document touched, then the same; given a document or the synonyms edited, then not', () => {
    const corpusDir = tempCorpus('inputs', { 'report.txt': '农业合作协议\n\n法国希望扩大对华出口奶酪。\n' });
    const synonymsPath = join(mkdtempSync(join(tmpdir(), 'qa-inputs-dict-')), 'synonyms.txt');
    writeFileSync(synonymsPath, '奶酪 = 干酪\n');
    const options = { corpusDir, cacheDir: mkdtempSync(join(tmpdir(), 'qa-inputs-cache-')), synonymsPath };
    const services = createServices(options, createLogger('silent'));
    const paths = { ...loadInputsOf(options), synonymsPath, domainWordsPath: DEFAULT_PATHS.domainWords };
    expect(sameInputs(paths, services.loadedFrom)).toBe(true);

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(corpusDir, 'report.txt'), later, later);
    expect(sameInputs(paths, services.loadedFrom)).toBe(true);

    writeFileSync(synonymsPath, '奶酪 = 乳酪\n');
    expect(sameInputs(paths, services.loadedFrom)).toBe(false);
    writeFileSync(synonymsPath, '奶酪 = 干酪\n');
    expect(sameInputs(paths, services.loadedFrom)).toBe(true);

    // An edit: the saved index no longer matches the folder (a shard's manager has not built yet).
    writeFileSync(join(corpusDir, 'report.txt'), '农业合作协议\n\n法国希望扩大对华出口葡萄酒。\n');
    expect(sameInputs(paths, services.loadedFrom)).toBe(false);
  });
});
