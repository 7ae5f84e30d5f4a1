import { Resvg } from '@resvg/resvg-js';
import type { Timeline } from '../core/types.js';

// The timeline as a small PNG for an embed: a bar per day of the chronicle, the asked days (or the
// days a country is mentioned) in the command's accent colour. An SVG built here and rasterised by
// resvg: a prebuilt binary from the npm registry, no system libraries, no fonts needed (no text:
// the embed says what the bars count). A solid card keeps it readable in dark and light themes.

export const TIMELINE_FILE = 'timeline.png';
export const TIMELINE_SIZE = { width: 600, height: 120 } as const;
export const TIMELINE_COLORS = { background: '#2b2d31', bar: '#80848e', baseline: '#4e5058' } as const;

const PADDING = 12;
const MIN_BAR = 3; // a day without entries still shows where it is

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  highlighted: boolean;
}

/** Bar geometry in whole pixels, so colours are exact at the centre of each bar. */
export function timelineBars(timeline: Timeline): Bar[] {
  const { width, height } = TIMELINE_SIZE;
  const n = Math.max(1, timeline.days.length);
  const slot = (width - 2 * PADDING) / n;
  const barWidth = Math.max(1, Math.floor(slot * 0.7));
  const max = Math.max(1, ...timeline.days.map((d) => d.count));
  const baseline = height - PADDING;
  const usable = height - 2 * PADDING;
  return timeline.days.map((day, i) => {
    const barHeight = Math.max(MIN_BAR, Math.round((day.count / max) * usable));
    const x = Math.round(PADDING + i * slot + (slot - barWidth) / 2);
    return { x, y: baseline - barHeight, width: barWidth, height: barHeight, highlighted: day.highlighted };
  });
}

export function timelineSvg(timeline: Timeline, highlight: string): string {
  const { width, height } = TIMELINE_SIZE;
  const bars = timelineBars(timeline)
    .map(
      (b) =>
        `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${b.highlighted ? highlight : TIMELINE_COLORS.bar}"/>`,
    )
    .join('');
  const base = `<rect x="${PADDING}" y="${height - PADDING}" width="${width - 2 * PADDING}" height="1" fill="${TIMELINE_COLORS.baseline}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" shape-rendering="crispEdges"><rect width="${width}" height="${height}" rx="8" fill="${TIMELINE_COLORS.background}"/>${bars}${base}</svg>`;
}

/** The PNG bytes; `highlight` is a #rrggbb colour. */
export function renderTimelinePng(timeline: Timeline, highlight: string): Buffer {
  const svg = new Resvg(timelineSvg(timeline, highlight), { font: { loadSystemFonts: false }, logLevel: 'off' });
  return svg.render().asPng();
}
