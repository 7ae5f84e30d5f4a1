// npm run eval [-- --set path/to/dev.json] [--verbose] [--corpus DIR]
// Runs the evaluation set through the real answer layer and prints the figures of eval/README.md.
// --corpus serves another folder (a scaled corpus from npm run bench, to compare ranking at scale).
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { parseCommandLine } from '../src/answer/command-line.js';
import { createEngine } from '../src/core/create-engine.js';
import { PROJECT_ROOT } from '../src/core/paths.js';
import type { Answer } from '../src/core/types.js';
import { dayFormats } from '../src/eval/date-formats.js';
import { readDevSet } from '../src/eval/dev-set.js';
import { negativePasses, type RankedScore, type SetScore, scoreRanked, scoreSet } from '../src/eval/metrics.js';
import { createLogger } from '../src/log.js';
import { parseDateQuery } from '../src/query/date-parse.js';

const args = process.argv.slice(2);
const setPath = args.includes('--set') ? (args[args.indexOf('--set') + 1] ?? '') : join(PROJECT_ROOT, 'eval', 'dev.json');
const verbose = args.includes('--verbose');
const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
const ALL = 100;

const engine = await createEngine({ logger: createLogger('warn'), ...(corpusDir ? { corpusDir } : {}) });
const dev = readDevSet(setPath);
const ask = (command: string, query: string, pageSize = 10): Answer => engine.answer({ command, query, pageSize });

const f = (x: number) => x.toFixed(2);
const rows: string[][] = [];
const ranked = (label: string, s: RankedScore) => {
  rows.push([label, String(s.cases), `Hit@1 ${f(s.hit1)}`, `Hit@3 ${f(s.hit3)}`, `MRR@10 ${f(s.mrr10)}`]);
  if (verbose) for (const m of s.misses) console.log(`  ${label} miss (rank ${m.rank ?? '-'}): ${m.q}`);
};
const set = (label: string, s: SetScore) => {
  rows.push([label, String(s.cases), `recall ${f(s.recall)}`, `precision ${f(s.precision)}`, '']);
  if (verbose) for (const m of s.failures) console.log(`  ${label} (${f(m.recall)}/${f(m.precision)}): ${m.q}`);
};

const chinese = dev.ask.filter((c) => c.kind !== 'english');
const english = dev.ask.filter((c) => c.kind === 'english');
ranked(
  'ask (Chinese)',
  scoreRanked(chinese, (c) => ask('ask', c.q)),
);
ranked(
  'ask (English)',
  scoreRanked(english, (c) => ask('ask', c.q)),
);
// Every question together (Hit@1 over all questions is a target of its own), then each kind.
ranked(
  'ask (all)',
  scoreRanked(dev.ask, (c) => ask('ask', c.q)),
);
const kinds = [...new Set(dev.ask.map((c) => c.kind ?? 'other'))].sort();
for (const kind of kinds) {
  ranked(
    `  ${kind}`,
    scoreRanked(
      dev.ask.filter((c) => (c.kind ?? 'other') === kind),
      (c) => ask('ask', c.q),
    ),
  );
}
ranked(
  'search',
  scoreRanked(dev.search, (c) => ask('search', c.q)),
);
set(
  'date',
  scoreSet(dev.date, (c) => ask('date', c.q, ALL)),
);
set(
  'country',
  scoreSet(dev.country, (c) => ask('country', c.q, ALL)),
);
const aliasCases = dev.country.flatMap((c) => (c.aliases ?? []).map((alias) => ({ ...c, q: alias })));
set(
  'country aliases',
  scoreSet(aliasCases, (c) => ask('country', c.q, ALL)),
);
// The same countries typed in Traditional Chinese (Taiwan forms: 義大利, 紐西蘭).
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const traditionalCases = dev.country.map((c) => ({ ...c, q: toTaiwan(c.q) })).filter((c, i) => c.q !== dev.country[i]?.q);
set(
  'country (Traditional)',
  scoreSet(traditionalCases, (c) => ask('country', c.q, ALL)),
);

// Every supported way of writing each dev day must give exactly the entries of the canonical form.
const formatScores = new Map<string, { same: number; cases: number }>();
for (const c of dev.date) {
  const parsed = parseDateQuery(c.q, 2020);
  if (!parsed.ok || parsed.query.kind !== 'day') continue;
  const canonical = ask('date', parsed.query.date, ALL)
    .items.map((i) => i.id)
    .join();
  for (const [name, written] of Object.entries(dayFormats(parsed.query.date))) {
    const ids = ask('date', written, ALL)
      .items.map((i) => i.id)
      .join();
    const score = formatScores.get(name) ?? { same: 0, cases: 0 };
    score.cases++;
    if (ids === canonical && ids) score.same++;
    else if (verbose) console.log(`  date format ${name} (${written}) differs`);
    formatScores.set(name, score);
  }
}
const formatsAllSame = [...formatScores.values()].every((s) => s.same === s.cases);
const worstFormat = [...formatScores.entries()].sort((a, b) => a[1].same / a[1].cases - b[1].same / b[1].cases)[0];
rows.push([
  'date formats',
  String(formatScores.size),
  formatsAllSame ? 'all identical' : `worst ${worstFormat?.[0]}`,
  worstFormat ? `${worstFormat[1].same}/${worstFormat[1].cases}` : '',
  '',
]);

let negatives = 0;
for (const c of dev.negative) {
  const request = parseCommandLine(c.q);
  const ok = negativePasses(c, engine.answer(request));
  if (ok) negatives++;
  else if (verbose) console.log(`  negative failed: ${c.q}`);
}
rows.push(['negative', String(dev.negative.length), `pass ${f(negatives / Math.max(1, dev.negative.length))}`, '', '']);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
console.log(`evaluation set: ${setPath}`);
for (const row of rows)
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
