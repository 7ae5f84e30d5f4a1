import type { DestinationStream } from 'pino';

// npm run build-index says what reading repaired in the documents (lines split mid-sentence,
// repeated fragments) after listing them: its footer invited LOG_LEVEL=debug to list each repair,
// which over a folder with none listed nothing. The repairs are logged at debug
// (load-or-build.ts); this destination keeps them, whatever level the log itself is shown at.

/** The message load-or-build.ts logs each repair under. */
const REPAIR = 'corpus repair';

/**
 * A destination for a logger at debug: each repair's text is kept, and only lines at `shownLevel`
 * or above (pino's numbers: 30 info) go on to `forward`.
 */
export function repairsKept(forward: DestinationStream, shownLevel: number): DestinationStream & { repairs: string[] } {
  const repairs: string[] = [];
  return {
    repairs,
    write(line: string) {
      let entry: { level?: number; msg?: string; repair?: unknown };
      try {
        entry = JSON.parse(line);
      } catch {
        forward.write(line);
        return;
      }
      if (entry.msg === REPAIR && typeof entry.repair === 'string') repairs.push(entry.repair);
      if ((entry.level ?? 30) >= shownLevel) forward.write(line);
    },
  };
}
