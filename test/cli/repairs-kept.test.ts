import { describe, expect, it } from 'vitest';
import { repairsKept } from '../../src/cli/repairs-kept.js';

const line = (entry: object) => `${JSON.stringify(entry)}\n`;

describe('repairsKept', () => {
  it('given repairs at debug and a warning, then the repairs are kept and only the warning passes at warn', () => {
    const passed: string[] = [];
    const kept = repairsKept({ write: (text: string) => void passed.push(text) }, 40);
    kept.write(line({ level: 20, msg: 'corpus repair', repair: 'a: 已接合' }));
    kept.write(line({ level: 30, msg: 'engine ready' }));
    kept.write(line({ level: 40, msg: 'corpus problem', problem: 'x' }));
    kept.write('not json\n');
    expect(kept.repairs).toEqual(['a: 已接合']);
    expect(passed).toEqual([line({ level: 40, msg: 'corpus problem', problem: 'x' }), 'not json\n']);
  });
});
