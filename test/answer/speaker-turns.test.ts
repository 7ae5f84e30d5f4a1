import { describe, expect, it } from 'vitest';
import { timecodeSeconds, turnOpening } from '../../src/answer/speaker-turns.js';

// A transcript line's timecode is read only as a time can be written: [99:60:59] would be hour 100.

describe('a turn’s opening timecode', () => {
  it('given hours, minutes and seconds under 60, then the turn and its time', () => {
    const opening = turnOpening('[99:59:30] 阿禾：那就再聊一会儿。');
    expect(opening).toEqual({ time: '99:59:30', speaker: '阿禾' });
    expect(timecodeSeconds(opening!.time)).toBe(99 * 3600 + 59 * 60 + 30);
  });

  it('given minutes alone past 59, then the turn (an hour-long recording written mm:ss)', () => {
    expect(turnOpening('[75:30] 老周：还在。')).toEqual({ time: '75:30', speaker: '老周' });
  });

  it('given an hour’s minutes or seconds past 59, then no turn', () => {
    expect(turnOpening('[99:60:59] 老周：这一行的时间码写错了。')).toBeNull();
    expect(turnOpening('[00:10:75] 老周：这一行也是。')).toBeNull();
    expect(turnOpening('[10:75] 老周：这一行也是。')).toBeNull();
  });
});
