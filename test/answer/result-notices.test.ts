import { describe, expect, it } from 'vitest';
import { lostFiguresNotice } from '../../src/answer/result-notices.js';
import { createServices } from '../../src/core/create-engine.js';
import { createLogger } from '../../src/log.js';

// The lost-digits note rides on the lines shown: said when one of them shows the gap, whatever
// lines were shown before (each passage is tested once and remembered).

const services = createServices({}, createLogger('silent'));
const stripped = services.library.allPassages.filter((p) => services.library.doc(p.docId)?.meta.digitsStripped);
const gap = stripped.find((p) => /月日/u.test(p.text))!;
const whole = stripped.find((p) => !/月日|年月|[万亿]/u.test(p.text))!;

describe('lost figures notice', () => {
  it('given shown lines of a digit-stripped copy, then the note comes only with a line showing the gap, each time it is shown', () => {
    for (let shown = 0; shown < 2; shown++) {
      expect(lostFiguresNotice(services, [whole], '口罩')).toBeNull();
      expect(lostFiguresNotice(services, [whole, gap], '口罩')).toContain('丢失了数字');
      expect(lostFiguresNotice(services, [gap], '多少', 'en')).toContain('copies that lost every digit');
    }
  });
});
