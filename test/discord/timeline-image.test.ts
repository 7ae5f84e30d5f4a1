import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/core/types.js';
import { renderTimelinePng, TIMELINE_COLORS, TIMELINE_SIZE, timelineBars } from '../../src/discord/timeline-image.js';
import { answerOver } from '../support/answer-over.js';

// The PNG is decoded as a viewer would, and read pixel by pixel.

const engine = answerOver();

const DATE_ACCENT = '#fee75c';
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

function pixel(png: PNG, x: number, y: number): number[] {
  const at = (png.width * y + x) * 4;
  return [png.data[at] ?? -1, png.data[at + 1] ?? -1, png.data[at + 2] ?? -1];
}

/** The colour at the middle of a day's bar. */
function barColour(png: PNG, timeline: Timeline, date: string): number[] {
  const index = timeline.days.findIndex((d) => d.date === date);
  const bar = timelineBars(timeline)[index];
  if (!bar) throw new Error(`no bar for ${date}`);
  return pixel(png, bar.x + Math.floor(bar.width / 2), bar.y + Math.floor(bar.height / 2));
}

describe('the timeline image', () => {
  it('given /date 3月18日至20日, then a small PNG, the asked days in the accent colour, the others muted', () => {
    const timeline = engine.answer({ command: 'date', query: '3月18日至20日' }).timeline;
    expect(timeline?.days).toHaveLength(20); // the chronicle's 3月8日–3月27日
    if (!timeline) return;
    renderTimelinePng(timeline, DATE_ACCENT); // warm-up: the first call loads the native module
    const started = performance.now();
    const bytes = renderTimelinePng(timeline, DATE_ACCENT);
    const ms = performance.now() - started;
    console.log(`timeline PNG: ${bytes.length} bytes, rendered in ${ms.toFixed(1)} ms`);
    expect(bytes.length).toBeLessThanOrEqual(100 * 1024);
    expect(ms).toBeLessThanOrEqual(50);
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([TIMELINE_SIZE.width, TIMELINE_SIZE.height]);
    expect(barColour(png, timeline, '2020-03-18')).toEqual(rgb(DATE_ACCENT));
    expect(barColour(png, timeline, '2020-03-20')).toEqual(rgb(DATE_ACCENT));
    expect(barColour(png, timeline, '2020-03-10')).toEqual(rgb(TIMELINE_COLORS.bar));
    expect(pixel(png, 2, Math.floor(png.height / 2))).toEqual(rgb(TIMELINE_COLORS.background));
  });

  it('given /country 意大利, then bars count mentions and the days with mentions are highlighted', () => {
    const answer = engine.answer({ command: 'country', query: '意大利', whole: true });
    const timeline = answer.timeline;
    expect(timeline?.unit).toBe('提及');
    if (!timeline) return;
    const dated = answer.items.filter((i) => i.date).length;
    expect(timeline.days.reduce((n, d) => n + d.count, 0)).toBeGreaterThanOrEqual(dated);
    const png = PNG.sync.read(renderTimelinePng(timeline, '#eb459e'));
    const mentioned = timeline.days.find((d) => d.highlighted)?.date ?? '';
    expect(barColour(png, timeline, mentioned)).toEqual(rgb('#eb459e'));
    const quiet = timeline.days.find((d) => !d.highlighted)?.date ?? '';
    expect(barColour(png, timeline, quiet)).toEqual(rgb(TIMELINE_COLORS.bar));
  });

  it('given colours for both themes, then the bars stand out from the card in each', () => {
    // The card is solid, so the theme around it does not matter; what matters is contrast on it.
    const luminance = (hex: string) => {
      const [r = 0, g = 0, b = 0] = rgb(hex).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) =>
      (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
    for (const colour of [TIMELINE_COLORS.bar, DATE_ACCENT, '#eb459e'])
      expect(contrast(colour, TIMELINE_COLORS.background)).toBeGreaterThan(3);
  });
});
