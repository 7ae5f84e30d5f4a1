import { type EcdictTable, translationsAt } from './ecdict-source.js';

// Where CC-CEDICT gives an English word or phrase no translation the corpus writes ("recovery",
// "small hours", "set aside"), or knows it only from inside longer glosses ("freight" in
// "container freight", lexicon.ts PLAIN_SENSE_SCORE), ECDICT's first few that the corpus writes
// stand for it. Where CC-CEDICT glosses a candidate with the word plainly, only ECDICT's main
// translation joins its candidates (ecdictMainSenses): measured on the 338 English /ask questions
// of the open sets, ECDICT's first few after CC-CEDICT's own, before them, or only where both
// agree all did worse than filling the gaps alone (Hit@3 0.82 → 0.83–0.84, against 0.85 here);
// so did ECDICT alone (0.80).

/** ECDICT translations kept per filled key, in its order (a gap filled with more adds noise). */
export const ECDICT_FILLS = 3;

/**
 * The part of a compound translation that carries its meaning when the corpus writes the part
 * but not the compound: "lab" is 实验室, which a syllabus never writes while writing 实验楼 and
 * 实验. A three-character word is often a two-character word and a suffix (实验室, 维护者,
 * 图书馆); the part must be a word of its own (`isWord`), so that 验室 or 书馆 are never searched
 * for. Four-character words are two words, and either alone may mean another thing (民间专家,
 * "civilian", is no 专家; 课堂测验, "quiz", no 课堂): they are left whole.
 */
export function meaningfulParts(translation: string, isWord: (part: string) => boolean): string[] {
  const chars = Array.from(translation);
  if (!chars.every((c) => /\p{Script=Han}/u.test(c))) return [];
  if (chars.length !== 3) return [];
  const part = chars.slice(0, 2).join('');
  return isWord(part) ? [part] : [];
}

/**
 * Lexicon entries for the keys `covered` says CC-CEDICT (or the curated terms) does not translate
 * plainly; `written`: the corpus has the word. A word nothing else translates (`parts.untranslated`)
 * none of whose translations is written is filled by its main translation's written meaningful
 * part (`parts.isWord`: a dictionary word), when it has one.
 */
export function ecdictFills(
  table: EcdictTable,
  covered: (key: string) => boolean,
  written: (chinese: string) => boolean,
  parts: { isWord: (chinese: string) => boolean; untranslated: (key: string) => boolean } = {
    isWord: () => false,
    untranslated: () => false,
  },
): Map<string, string[]> {
  const fills = new Map<string, string[]>();
  for (let i = 0; i < table.keys.count; i++) {
    const key = table.keys.get(i);
    if (covered(key)) continue;
    const translations = translationsAt(table, i);
    let found = translations.filter(written);
    // Parts only for a word nothing translates (CC-CEDICT's weak candidate, 特朗普 for "trump",
    // beats a part of another sense); a phrase's words are translated one by one already (sleep
    // mode: 睡眠, 模式), better than by a part.
    if (!found.length && !key.includes(' ') && parts.untranslated(key)) {
      // The main translation's part only: another sense's is another word (生活者, "one who lives", of "liver").
      found = meaningfulParts(translations[0] ?? '', (part) => parts.isWord(part) && written(part));
    }
    if (found.length) fills.set(key, found.slice(0, ECDICT_FILLS));
  }
  return fills;
}

/**
 * ECDICT's main translation of a key CC-CEDICT does translate, when the corpus writes it and
 * CC-CEDICT's candidates lack it: read backwards, CC-CEDICT files a word under the English a
 * headword's gloss uses, so a sense the documents write everywhere can be missing ("cooperation":
 * 协作, 协和, never 合作, glossed "to cooperate"; "foreign": 对外, 国外, never 外国, glossed
 * "foreign country"; "treatment": 对待, not 治疗). Only the first translation, the word's main
 * sense, and never an adjective's form (中国的, 国家的: the corpus writes them as phrases):
 * measured on the open sets' English /ask questions, fitted on either half and scored on the other,
 * the first gained on both halves while the first two lost on one (commit message).
 */
export function ecdictMainSenses(
  table: EcdictTable,
  candidates: (key: string) => readonly string[] | undefined,
  written: (chinese: string) => boolean,
): Map<string, string> {
  const senses = new Map<string, string>();
  for (let i = 0; i < table.keys.count; i++) {
    const key = table.keys.get(i);
    const own = candidates(key);
    if (!own) continue;
    const main = translationsAt(table, i)[0];
    if (main === undefined || Array.from(main).length < 2 || /[的地]$/u.test(main)) continue;
    if (!own.includes(main) && written(main)) senses.set(key, main);
  }
  return senses;
}
