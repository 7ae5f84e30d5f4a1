import type { APIEmbed } from 'discord.js';
import { LIMITS } from '../../src/discord/limits.js';

// Every Discord limit a message payload must hold, as a list of what is broken (empty when none).

interface Payload {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  choices?: { name: string; value: string | number }[];
}

function embedProblems(e: APIEmbed): string[] {
  const problems: string[] = [];
  const fields = e.fields ?? [];
  if ((e.title?.length ?? 0) > LIMITS.embedTitle) problems.push('embed title');
  if ((e.description?.length ?? 0) > LIMITS.embedDescription) problems.push('embed description');
  if ((e.footer?.text.length ?? 0) > LIMITS.embedFooter) problems.push('embed footer');
  if (fields.length > LIMITS.embedFields) problems.push('embed field count');
  for (const f of fields) {
    if (f.name.length > LIMITS.embedFieldName || f.name.length === 0) problems.push('field name');
    if (f.value.length > LIMITS.embedFieldValue || f.value.length === 0) problems.push('field value');
  }
  const total = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
  if (total + fields.reduce((n, f) => n + f.name.length + f.value.length, 0) > LIMITS.embedTotal) problems.push('embed total');
  return problems;
}

export function discordLimitProblems(payload: Payload): string[] {
  const problems: string[] = [];
  if ((payload.content?.length ?? 0) > LIMITS.content) problems.push('content');
  if ((payload.embeds?.length ?? 0) > LIMITS.embedsPerMessage) problems.push('embed count');
  for (const e of payload.embeds ?? []) problems.push(...embedProblems(e));
  const rows = payload.components ?? [];
  if (rows.length > LIMITS.actionRows) problems.push('action rows');
  const ids = rows.flatMap((r) => r.components.map((c) => c.custom_id ?? ''));
  if (new Set(ids).size !== ids.length) problems.push('duplicate custom id');
  for (const row of rows) {
    if (row.components.length > LIMITS.buttonsPerRow) problems.push('buttons per row');
    for (const c of row.components) {
      if ((c.custom_id?.length ?? 0) > LIMITS.customId) problems.push('custom id');
      if ((c.label?.length ?? 0) > LIMITS.buttonLabel) problems.push('button label');
    }
  }
  const choices = payload.choices ?? [];
  if (choices.length > LIMITS.autocompleteChoices) problems.push('choice count');
  for (const c of choices) {
    if (c.name.length > LIMITS.choiceName || c.name.length === 0) problems.push('choice name');
    if (String(c.value).length > LIMITS.choiceValue) problems.push('choice value');
  }
  return problems;
}
