// Arguments of `npm run ask`: --json, --limit N (1–100, default 10), --page N, and an optional command.
// Anything else that looks like a flag is refused: a misspelt flag must not become a question.

export interface AskArgs {
  json: boolean;
  limit: number;
  /** 1-based page of a one-shot answer (how to see more without /next). */
  page: number;
  /** The command given on the command line, or null to read stdin. */
  command: string | null;
}

export type AskArgsResult = { ok: true; args: AskArgs } | { ok: false; message: string } | { ok: 'help' };

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
export const MAX_PAGE = 1000;

export const ASK_USAGE = [
  '用法：npm run --silent ask -- [--json] [--limit N] [--page N] [--corpus 目录] [命令]',
  '  --json      每个输入行输出一个 JSON 对象（JSON Lines）；一行也可以是请求对象 {"command":"date","query":"3月18日"}',
  `  --limit N   每页结果数，1 到 ${MAX_LIMIT}（默认 ${DEFAULT_LIMIT}）`,
  '  --page N    第几页（默认 1）',
  '  --corpus 目录  使用另一个语料文件夹（也可以设置 CORPUS_DIR）',
  '  --          之后的参数都属于命令',
  "例：npm run --silent ask -- '/date 3月18日'；不带命令时从标准输入逐行读取命令。",
].join('\n');

function integer(flag: string, value: string | undefined, max: number): number | string {
  // Decimal digits only: Number() also reads 0x10, 0b11 and 1e3, which nobody means as a page.
  const n = /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= max ? n : `${flag} 需要 1 到 ${max} 之间的整数（收到：${value ?? '空'}）`;
}

export function parseAskArgs(argv: string[]): AskArgsResult {
  let json = false;
  let limit = DEFAULT_LIMIT;
  let page = 1;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    if (arg === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    else if (arg === '--json') json = true;
    else if (flag === '--limit' || flag === '--page') {
      const value = integer(flag, inline ?? argv[++i], flag === '--limit' ? MAX_LIMIT : MAX_PAGE);
      if (typeof value === 'string') return { ok: false, message: value };
      if (flag === '--limit') limit = value;
      else page = value;
    } else if (/^--?[A-Za-z]/.test(arg)) return { ok: false, message: `不认识的选项“${arg}”。` };
    else rest.push(arg);
  }
  return { ok: true, args: { json, limit, page, command: rest.length ? rest.join(' ') : null } };
}
