import type { Locale } from '../answer/locale.js';
import type { Timeline } from '../core/types.js';
import { formatDateEn, formatDateZh } from '../query/date-format.js';
import type { TextStyle } from './text-style.js';

// The console's timeline: one block character per day. Asked days are highlighted on a terminal;
// in plain text they are bracketed, unless the highlight only repeats "has a bar" (/country).

const BLOCKS = '▁▂▃▄▅▆▇█';
const EMPTY = '·';

function block(count: number, max: number): string {
  if (count <= 0 || max <= 0) return EMPTY;
  return BLOCKS[Math.min(BLOCKS.length - 1, Math.ceil((count / max) * BLOCKS.length) - 1)] ?? EMPTY;
}

export function sparkline(timeline: Timeline, style: TextStyle, locale: Locale = 'zh'): string {
  const plain = !style.terminal;
  const { days } = timeline;
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return '';
  const max = Math.max(...days.map((d) => d.count));
  const informative = days.some((d) => d.count > 0 && !d.highlighted);
  let bars = '';
  days.forEach((day, i) => {
    const bar = block(day.count, max);
    if (!plain) bars += day.highlighted && informative ? style.highlight(bar) : bar;
    else {
      const opens = informative && day.highlighted && !days[i - 1]?.highlighted;
      const closes = informative && day.highlighted && !days[i + 1]?.highlighted;
      bars += `${opens ? '[' : ''}${bar}${closes ? ']' : ''}`;
    }
  });
  const year = Number(first.date.slice(0, 4));
  if (locale === 'en') {
    const unit = timeline.unit === '条目' ? 'entries' : 'mentions';
    const markedEn = informative ? ', the days asked highlighted' : '';
    return `Timeline (${formatDateEn(first.date, year)} – ${formatDateEn(last.date, year)}, ${unit} per day${markedEn}): ${bars}`;
  }
  const marked = informative ? '，高亮为所查日期' : '';
  return `时间线（${formatDateZh(first.date, year)}—${formatDateZh(last.date, year)}，每日${timeline.unit}数${marked}）：${bars}`;
}
