import { describe, expect, it } from 'vitest';
import { passageCitation, passageEvent, passagePlaces, sectionLabel } from '../../src/answer/citation.js';
import { passageItem } from '../../src/answer/passage-item.js';
import { createServices } from '../../src/core/create-engine.js';
import { docLabel } from '../../src/core/library.js';
import { createLogger } from '../../src/log.js';

// An answer line's citation, places and event are the passage's own (made once per passage):
// every line says what the citation functions say, and its lists are its own.

const services = createServices({}, createLogger('silent'));
const { library } = services;
// Chronicle sentences (in entries, with dates), white-paper ones (sections), and repeats.
const sample = library.allPassages.filter((_, i) => i % 7 === 0);

describe('passage item', () => {
  it('given any passage, then its line cites, places and groups it as the citation functions do, however often it is shown', () => {
    for (const passage of sample) {
      const event = passageEvent(library, passage);
      for (let shown = 0; shown < 2; shown++) {
        const item = passageItem(services, passage, 0.12345, [], 'g');
        expect(item).toEqual({
          id: passage.id,
          doc: passage.docId,
          title: docLabel(library.doc(passage.docId)!.meta),
          citation: passageCitation(library, passage),
          date: passage.date,
          section: sectionLabel(passage.section),
          text: passage.text,
          score: 0.123,
          highlights: [],
          group: 'g',
          places: passagePlaces(library, passage),
          event: event?.label ?? null,
          eventId: event?.id ?? null,
        });
      }
    }
    expect(sample.some((p) => passageEvent(library, p) !== null)).toBe(true);
  });

  it('given a line whose places are changed, then the next line of the same passage still lists them all', () => {
    const passage = sample.find((p) => p.places.length > 0)!;
    passageItem(services, passage, 1, []).places.length = 0;
    expect(passageItem(services, passage, 1, []).places).toEqual(passagePlaces(library, passage));
  });

  it('given terms, then they are highlighted in the passage', () => {
    const passage = sample.find((p) => p.text.includes('疫情'))!;
    const spans = passageItem(services, passage, 1, ['疫情']).highlights;
    expect(spans.length).toBeGreaterThan(0);
    for (const [start, end] of spans) expect(passage.text.slice(start, end)).toBe('疫情');
  });
});
