import type { Library } from '../core/library.js';
import type { Services } from '../core/services.js';

// A kind of line ranking lists after the rest (a contents line, a page header) is told apart once
// per library, as a flag by passage number: ranking asks it of every candidate, by number.

/** Flags by passage number (the index's numbering, which the library shares): 1 for each id `idsOf` gives, once per library. */
export function passageFlags(idsOf: (library: Library) => ReadonlySet<string>): (services: Services) => Uint8Array {
  const flagsOf = new WeakMap<Library, Uint8Array>();
  return (services) => {
    const { library } = services;
    let flags = flagsOf.get(library);
    if (!flags) {
      flags = new Uint8Array(library.passageCount);
      for (const id of idsOf(library)) {
        const n = services.index.numbers.numberOf(id);
        if (n >= 0) flags[n] = 1;
      }
      flagsOf.set(library, flags);
    }
    return flags;
  };
}
