// What only the console understands, added to the shared /help there.
export const CONSOLE_HELP = [
  '控制台命令：',
  '/next — 下一页',
  '/prev — 上一页',
  '/quit — 退出（也可以输入 /exit、quit、exit 或 退出，或在空行上按 Ctrl-C）',
  'help 或 帮助 — 本帮助（要查询这些词本身，请用 /ask）',
  '按 Ctrl-C 清除正在输入的一行。',
].join('\n');
