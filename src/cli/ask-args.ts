// Arguments of `npm run ask`: --json, --limit N (1–100, default 10), and an optional command.

export interface AskArgs {
  json: boolean;
  limit: number;
  /** The command given on the command line, or null to read stdin. */
  command: string | null;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

export function parseAskArgs(argv: string[]): { ok: true; args: AskArgs } | { ok: false; message: string } {
  let json = false;
  let limit = DEFAULT_LIMIT;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT)
        return { ok: false, message: `--limit 需要 1 到 ${MAX_LIMIT} 之间的整数（收到：${value ?? '空'}）` };
      limit = n;
    } else rest.push(arg);
  }
  return { ok: true, args: { json, limit, command: rest.length ? rest.join(' ') : null } };
}
