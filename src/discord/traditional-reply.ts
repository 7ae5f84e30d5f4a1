import type { APIEmbed } from 'discord.js';
import type { CommandResult } from './reply.js';

// A client set to Traditional Chinese (zh-TW; Discord has no zh-HK) reads what the bot itself says
// in Traditional characters: notices, footers, button labels. The documents' own words stay as they
// write them: excerpts and citations (embed fields), the title (it holds the query a page button
// reads back), messages above the results (they name documents, parts and headings), and, inside a
// notice, anything quoted, a sentence id, or a command to type (its words are the documents').

type Convert = (text: string) => string;

/**
 * Character by character (Simplified → Traditional, then Taiwan's variants), not by phrases: lengths
 * stay, and with them Discord's limits. Loaded at the first such reply: ~13 ms and ~7 MB, where
 * opencc-js's whole cn2t preset (phrases too) cost 280 ms and 80 MB.
 */
let converter: Promise<Convert> | null = null;

function traditionalConverter(): Promise<Convert> {
  converter ??= (async () => {
    const [{ ConverterFactory }, characters, variants] = await Promise.all([
      import('opencc-js/core'),
      import('opencc-js/dict/STCharacters'),
      import('opencc-js/dict/TWVariants'),
    ]);
    return ConverterFactory([characters.default], [variants.default]);
  })();
  // A failed load is tried again at the next reply, not remembered.
  converter.catch(() => {
    converter = null;
  });
  return converter;
}

/**
 * What a notice quotes or cites: “…”, 《…》, 【…】, 「…」, a sentence id (工作总结:158aecea8a), a
 * command to type up to the punctuation or the code mark after it (a command ran to the line's
 * end, and the note after "请用 /date 3月18日）。" stayed Simplified, /help's lines after `/ask 問題:`).
 */
const VERBATIM = /“[^”]*”|《[^》]*》|【[^】]*】|「[^」]*」|[\p{L}\p{N}_.-]+:[0-9a-f]{6,}|\/[a-z]+ [^；;、，。）`\n]*/gu;

/** `text` converted between its verbatim spans. */
function convertedAround(text: string, toTraditional: Convert): string {
  let out = '';
  let at = 0;
  for (const span of text.matchAll(VERBATIM)) {
    out += toTraditional(text.slice(at, span.index)) + span[0];
    at = span.index + span[0].length;
  }
  return out + toTraditional(text.slice(at));
}

export const readsTraditional = (clientLocale: string | null | undefined): boolean => /^zh-(?:TW|HK|MO)$/iu.test(clientLocale ?? '');

/** The reply as a client in `clientLocale` reads it: unchanged unless that client reads Traditional. */
export async function inClientScript(result: CommandResult, clientLocale: string | null | undefined): Promise<CommandResult> {
  if (!readsTraditional(clientLocale)) return result;
  let convert: Convert;
  try {
    convert = await traditionalConverter();
  } catch {
    return result; // Simplified rather than no reply
  }
  const toTraditional = (text: string) => convertedAround(text, convert);
  const { reply } = result;
  // /help and /about are the bot's own words (the titles they name are quoted in 《》, or field names, which stay).
  const whole = (embed: APIEmbed): APIEmbed =>
    reply.ownWords
      ? {
          ...embed,
          ...(embed.title !== undefined ? { title: toTraditional(embed.title) } : {}),
          ...(embed.description !== undefined ? { description: toTraditional(embed.description) } : {}),
          ...(embed.fields ? { fields: embed.fields.map((f) => ({ ...f, value: toTraditional(f.value) })) } : {}),
        }
      : embed;
  return {
    ...result,
    reply: {
      ...reply,
      ...(reply.content !== undefined ? { content: toTraditional(reply.content) } : {}),
      ...(reply.embeds
        ? {
            embeds: reply.embeds.map((embed) => ({
              ...whole(embed),
              ...(embed.footer ? { footer: { ...embed.footer, text: toTraditional(embed.footer.text) } } : {}),
            })),
          }
        : {}),
      ...(reply.components
        ? {
            components: reply.components.map((row) => ({
              ...row,
              components: row.components.map((b) => ('label' in b && b.label !== undefined ? { ...b, label: toTraditional(b.label) } : b)),
            })),
          }
        : {}),
    },
  };
}

/** Suggestions as a client in `clientLocale` reads their names (their values, what runs, stay). */
export async function choicesInClientScript<C extends { name: string }>(
  choices: C[],
  clientLocale: string | null | undefined,
): Promise<C[]> {
  if (!readsTraditional(clientLocale) || choices.length === 0) return choices;
  try {
    const convert = await traditionalConverter();
    return choices.map((choice) => ({ ...choice, name: convertedAround(choice.name, convert) }));
  } catch {
    return choices;
  }
}
