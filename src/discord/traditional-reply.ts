import type { CommandResult } from './reply.js';

// A client set to Traditional Chinese (zh-TW; Discord has no zh-HK) reads what the bot itself says
// in Traditional characters: notices, messages, footers, button labels. The documents' excerpts and
// citations (embed fields) stay as the documents write them, verbatim; so does the title, which
// holds the query a page button reads back (answer-frame.ts).

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
  return converter;
}

export const readsTraditional = (clientLocale: string | null | undefined): boolean => /^zh-(?:TW|HK|MO)$/iu.test(clientLocale ?? '');

/** The reply as a client in `clientLocale` reads it: unchanged unless that client reads Traditional. */
export async function inClientScript(result: CommandResult, clientLocale: string | null | undefined): Promise<CommandResult> {
  if (!readsTraditional(clientLocale)) return result;
  const toTraditional = await traditionalConverter();
  const { reply } = result;
  return {
    ...result,
    reply: {
      ...reply,
      ...(reply.content !== undefined ? { content: toTraditional(reply.content) } : {}),
      ...(reply.embeds
        ? {
            embeds: reply.embeds.map((embed) => ({
              ...embed,
              ...(embed.description !== undefined ? { description: toTraditional(embed.description) } : {}),
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
