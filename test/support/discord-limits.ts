import type { APIEmbed } from 'discord.js';

// Discord's documented message limits, written out here rather than imported from src/, so a
// wrong constant in the bot cannot make its own check pass. Returns every limit broken.

interface Message {
  content?: string;
  embeds?: APIEmbed[];
  components?: readonly unknown[];
  /** Autocomplete responses. */
  choices?: readonly { name: string; value: string | number }[];
}

type Row = { components: { custom_id?: string; label?: string }[] };

export function brokenLimits(message: Message): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) broken.push(what);
  };
  const embeds = message.embeds ?? [];
  check((message.content ?? '').length <= 2000, 'content > 2000');
  check(embeds.length <= 10, 'more than 10 embeds');
  let total = 0;
  for (const e of embeds) {
    const fields = e.fields ?? [];
    check((e.title ?? '').length <= 256, 'title > 256');
    check((e.description ?? '').length <= 4096, 'description > 4096');
    check(fields.length <= 25, 'more than 25 fields');
    for (const f of fields) {
      check(f.name.length > 0 && f.name.length <= 256, 'field name empty or > 256');
      check(f.value.length > 0 && f.value.length <= 1024, 'field value empty or > 1024');
    }
    check((e.footer?.text ?? '').length <= 2048, 'footer > 2048');
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.author?.name ?? '').length +
      fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  check(total <= 6000, `embeds total ${total} > 6000`);
  const rows = (message.components ?? []) as Row[];
  check(rows.length <= 5, 'more than 5 action rows');
  for (const row of rows) {
    check(row.components.length <= 5, 'more than 5 buttons in a row');
    for (const b of row.components) check((b.custom_id ?? '').length <= 100 && (b.label ?? '').length <= 80, 'button id or label too long');
  }
  const ids = rows.flatMap((r) => r.components.map((c) => c.custom_id ?? ''));
  check(new Set(ids).size === ids.length, 'duplicate custom id');
  const choices = message.choices ?? [];
  check(choices.length <= 25, 'more than 25 choices');
  for (const c of choices)
    check(c.name.length > 0 && c.name.length <= 100 && String(c.value).length <= 100, 'choice name or value empty or > 100');
  return broken;
}
